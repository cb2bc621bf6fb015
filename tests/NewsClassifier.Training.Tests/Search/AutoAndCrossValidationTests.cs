using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Running;
using NewsClassifier.Training.Search;
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
    public void Train_Auto_TriesEveryCandidateOnTheSameFoldsAndRecordsTheChoice()
    {
        var task = Train(new TrainRequest { DataPath = Data(), LabelColumns = ["label"], OutPath = _folder.File("m.zip"), Trainer = "auto" });

        var search = task.Manifest.Search!;
        Assert.Equal(3, search.Folds);
        Assert.True(search.Candidates.Count >= 4);
        Assert.All(search.Candidates, c => Assert.Equal(3, c.FoldMacroF1!.Count));
        Assert.All(search.Candidates, c => Assert.Equal(c.MacroF1!.Value, c.FoldMacroF1!.Average(), 5));
        var chosen = search.Candidates[TrainerSearch.Choose([.. search.Candidates.Select(c => c.FoldMacroF1!)])];
        Assert.Equal(chosen.Name, search.Chosen);
        Assert.Equal(search.Chosen, $"{task.Manifest.Trainer.Name}+{task.Manifest.Featurization.Preset}");
        Assert.Equal(chosen.MacroF1, task.Manifest.CrossValidation!.MacroF1);
    }

    [Fact]
    public void Choose_KeepsAnEarlierCandidateOnlyWhenItsShortfallIsWithinItsFoldByFoldNoise()
    {
        double[] best = [0.80, 0.70, 0.90, 0.75, 0.85];
        double[] consistentlyLower = [0.79, 0.69, 0.89, 0.74, 0.84];   // 1 point behind on every fold: a real gap
        double[] noisilyLower = [0.83, 0.66, 0.93, 0.71, 0.85];        // 0.4 behind on average, folds disagree
        double[] farLower = [0.60, 0.50, 0.70, 0.55, 0.65];

        Assert.Equal(2, TrainerSearch.Choose([consistentlyLower, farLower, best]));
        Assert.Equal(1, TrainerSearch.Choose([farLower, noisilyLower, best]));
        Assert.Equal(0, TrainerSearch.Choose([best, noisilyLower]));
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
