using System.Security.Cryptography;
using NewsClassifier.Prediction.Cleaning;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Models;
using NewsClassifier.Training.Running;
using Xunit;

namespace NewsClassifier.Training.Tests.Running;

public class TrainingRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_TinyCorpus_WritesAZipThatLoadsAndPredictsWithItsManifest()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(40, seed: 3));

        var task = Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File("m.zip"), Seed = 5 }).Single();

        var predictor = NewsPredictor.Load(task.ModelPath);
        Assert.Equal("sport", predictor.Predict(TinyCorpus.Article("sport")).Tasks[0].Label);
        var manifest = predictor.Models[0];
        Assert.Equal(["economy", "politics", "sport"], manifest.Labels);
        Assert.Equal(["title", "text"], manifest.TextColumns);
        Assert.Equal(120, manifest.Training.Rows);
        Assert.Equal(40, manifest.Training.ClassCounts["sport"]);
        Assert.Equal(5, manifest.Training.Seed);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(data))), manifest.Training.DataSha256);
        Assert.Equal(ArticleCleaner.Version, manifest.Cleaning.Version);
        Assert.True(manifest.Cleaning.Enabled);
        Assert.Null(manifest.Metrics);
    }

    [Theory]
    [InlineData("linear-svm")]
    [InlineData("lbfgs")]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public void Train_SameDataAndSeedTwice_GivesIdenticalProbabilities(string trainer)
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(40, seed: 3));
        var articles = TinyCorpus.Vocabulary.Keys.SelectMany(l => Enumerable.Range(0, 5).Select(i => TinyCorpus.Article(l, 100 + i))).ToArray();

        float[] Probabilities(string name)
        {
            var task = Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File(name), Trainer = trainer, Seed = 11 }).Single();
            var predictor = NewsPredictor.Load(task.ModelPath, ModelComponents.PredictorOptions());
            return articles.SelectMany(a => predictor.Predict(a).Tasks[0].Scores.OrderBy(s => s.Label).Select(s => s.Probability)).ToArray();
        }

        Assert.Equal(Probabilities("a.zip"), Probabilities("b.zip"));
    }

    [Fact]
    public void Train_WithTestFile_MeasuresTheWrittenZipIntoItsManifest()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(40, seed: 3));
        var test = _folder.Write("test.csv", TinyCorpus.Csv(10, seed: 4));

        var task = Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File("m.zip"), TestPath = test }).Single();

        var metrics = NewsPredictor.Load(task.ModelPath).Models[0].Metrics!;
        Assert.Equal(30, metrics.Rows);
        Assert.Equal("test.csv", metrics.DataFile);
        Assert.True(metrics.MacroF1 > 0.9, $"macro-F1 {metrics.MacroF1}");
        Assert.Equal(task.Test!.Metrics.Accuracy, metrics.Accuracy);
    }

    [Fact]
    public void Train_SeveralLabelColumns_WritesOneZipPerTaskIntoTheFolder()
    {
        var csv = TinyCorpus.Csv(30, seed: 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lines = csv.Select((line, i) => i == 0 ? line + ",length" : line + (line.Length % 2 == 0 ? ",even" : ",odd"));
        var data = _folder.Write("two.csv", string.Join('\n', lines) + "\n");

        var tasks = Run(new TrainRequest { DataPath = data, LabelColumns = ["label", "length"], OutPath = _folder.File("models") });

        Assert.Equal(["label", "length"], tasks.Select(t => t.Task));
        Assert.True(File.Exists(_folder.File("models/label.zip")));
        Assert.True(File.Exists(_folder.File("models/length.zip")));
        Assert.Equal(2, NewsPredictor.Load(_folder.File("models")).Models.Count);
    }

    [Fact]
    public void Train_LabelColumnWithOneClass_NamesTheColumn()
    {
        var data = _folder.Write("one.csv", "id,text,label\n1,satu,a\n2,dua,a\n");

        var e = Assert.Throws<DataFileException>(() => Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File("m.zip") }));

        Assert.Equal("label", e.Column);
        Assert.Contains("at least two classes", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("m.zip")));
    }

    [Fact]
    public void Train_RowsWithEmptyTextOrLabel_AreSkippedWithAWarningThatCountsThem()
    {
        var csv = TinyCorpus.Csv(20, seed: 3) + "x1,,\"  \",sport\nx2,judul,isi,\n";
        var warnings = new List<string>();

        var task = new TrainingRun(new RunLog(_ => { }, warnings.Add))
            .Run(new TrainRequest { DataPath = _folder.Write("d.csv", csv), LabelColumns = ["label"], OutPath = _folder.File("m.zip") }).Single();

        Assert.Contains(warnings, w => w.Contains("skipped 1 rows with empty text (rows 61)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("skipped 1 rows with an empty label (rows 62)", StringComparison.Ordinal));
        Assert.Equal(60, task.Manifest.Training.Rows);
        Assert.Equal(2, task.Manifest.Training.SkippedRows);
    }

    [Fact]
    public void Train_UnclosedQuote_StopsNamingFileRowAndColumn()
    {
        var data = _folder.Write("bad.csv", TinyCorpus.Csv(20, seed: 3) + "x1,judul,\"tidak ditutup,sport\n");

        var e = Assert.Throws<DataFileException>(() => Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File("m.zip") }));

        Assert.Equal((61L, "text"), (e.Row!.Value, e.Column));
        Assert.Contains("bad.csv: row 61 (line 62), column 'text'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_InvalidJsonLine_StopsNamingFileAndRow()
    {
        var data = _folder.Write("bad.jsonl", "{\"text\": \"a b c\", \"label\": \"x\"}\n{\"text\": oops}\n");

        var e = Assert.Throws<DataFileException>(() => Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File("m.zip") }));

        Assert.Equal(2, e.Row);
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SeveralTasksIntoOneZip_IsAUsageError() =>
        Assert.Throws<ArgumentException>(() => Run(new TrainRequest { DataPath = "x.csv", LabelColumns = ["a", "b"], OutPath = "out.zip" }));

    [Fact]
    public void Train_OutputUnderAFile_IsAnOutputError()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(10, seed: 3));
        var blocker = _folder.Write("blocker", "a file, not a folder");

        var e = Assert.Throws<OutputException>(() => Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = Path.Combine(blocker, "m.zip") }));

        Assert.Contains("blocker", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_NoClean_IsRecordedInTheManifest()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(20, seed: 3));

        var task = Run(new TrainRequest { DataPath = data, LabelColumns = ["label"], OutPath = _folder.File("m.zip"), Clean = false }).Single();

        Assert.False(task.Manifest.Cleaning.Enabled);
    }

    private static IReadOnlyList<TrainedTask> Run(TrainRequest request) => new TrainingRun(RunLog.Silent).Run(request);
}
