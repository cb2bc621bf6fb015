using NewsClassifier.Training.Running;

namespace NewsClassifier.Tests.Shared;

/// <summary>Trains small real models on <see cref="TinyCorpus"/> for tests that need one.</summary>
internal static class TinyModels
{
    /// <summary>Writes the corpus to <paramref name="folder"/>, trains one model on it and returns the zip's path.</summary>
    public static string Train(TempFolder folder, string trainer = "linear-svm", int seed = 1, string task = "label", string? test = null)
    {
        var data = folder.Write($"train-{task}.csv", TinyCorpus.Csv(perClass: 40, seed: 7, labelColumn: task));
        var output = folder.File($"{task}.zip");
        new TrainingRun(RunLog.Silent).Run(new TrainRequest
        {
            DataPath = data,
            LabelColumns = [task],
            OutPath = output,
            Trainer = trainer,
            Seed = seed,
            TestPath = test,
        });
        return output;
    }
}
