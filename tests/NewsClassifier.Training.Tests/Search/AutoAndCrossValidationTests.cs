using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Running;
using Xunit;

namespace NewsClassifier.Training.Tests.Search;

public class AutoAndCrossValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_WithCrossValidation_RecordsMeanAndDeviationInTheManifest()
    {
        var task = Train(new TrainRequest { DataPath = Data(), LabelColumns = ["label"], OutPath = _folder.File("m.zip"), CrossValidationFolds = 4 });

        var cv = NewsPredictor.Load(task.ModelPath).Models[0].CrossValidation!;
        Assert.Equal(4, cv.Folds);
        Assert.InRange(cv.MacroF1, 0.8, 1.0);
        Assert.InRange(cv.StdDev, 0, 0.2);
    }

    [Fact]
    public void Train_Auto_TriesEveryCandidateAndKeepsTheBestScore()
    {
        var task = Train(new TrainRequest { DataPath = Data(), LabelColumns = ["label"], OutPath = _folder.File("m.zip"), Trainer = "auto" });

        var search = task.Manifest.Search!;
        Assert.Equal(3, search.Folds);
        Assert.True(search.Candidates.Count >= 4);
        Assert.All(search.Candidates, c => Assert.NotNull(c.MacroF1));
        var best = search.Candidates.Max(c => c.MacroF1);
        Assert.Equal(best, search.Candidates.Single(c => c.Name == search.Chosen).MacroF1);
        Assert.Equal(search.Chosen, $"{task.Manifest.Trainer.Name}+{task.Manifest.Featurization.Preset}");
        Assert.Equal(best, task.Manifest.CrossValidation!.MacroF1);
    }

    [Fact]
    public void Train_AutoWithATinyBudget_SkipsTheCandidatesThatWouldOverrunIt()
    {
        var task = Train(new TrainRequest { DataPath = Data(), LabelColumns = ["label"], OutPath = _folder.File("m.zip"), Trainer = "auto", TimeBudgetSeconds = 0.001 });

        var search = task.Manifest.Search!;
        Assert.NotNull(search.Candidates[0].MacroF1);
        Assert.All(search.Candidates.Skip(1), c => Assert.Null(c.MacroF1));
        Assert.Equal(search.Candidates[0].Name, search.Chosen);
    }

    [Fact]
    public void Train_CrossValidationWithOneFold_IsAUsageError() =>
        Assert.Throws<ArgumentException>(() => Train(new TrainRequest { DataPath = Data(), LabelColumns = ["label"], OutPath = _folder.File("m.zip"), CrossValidationFolds = 1 }));

    private string Data() => _folder.Write("train.csv", TinyCorpus.Csv(30, seed: 5));

    private static TrainedTask Train(TrainRequest request) => new TrainingRun(RunLog.Silent).Run(request).Single();
}
