using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Running;
using Xunit;

namespace NewsClassifier.Training.Tests.Running;

/// <summary>The default configuration on the public data sets of ../shared, at the quality the README reports.</summary>
public class PublicDataTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SharedDataFact("datasets/bbc_news/train.csv", "datasets/bbc_news/test.csv")]
    public void Train_BbcNews_ReachesMacroF1OfAtLeast098()
    {
        var task = new TrainingRun(RunLog.Silent).Run(new TrainRequest
        {
            DataPath = RepoPaths.SharedFile("datasets", "bbc_news", "train.csv"),
            LabelColumns = ["label"],
            OutPath = _folder.File("bbc.zip"),
            TestPath = RepoPaths.SharedFile("datasets", "bbc_news", "test.csv"),
        }).Single();

        Assert.True(task.Test!.Metrics.MacroF1 >= 0.98, $"macro-F1 {task.Test.Metrics.MacroF1:F4}");
        Assert.Equal(444, task.Test.Metrics.Rows);
        Assert.Equal(5, NewsPredictor.Load(task.ModelPath).Models[0].Labels.Count);
    }
}
