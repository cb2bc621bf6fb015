using System.Text.Json;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Running;
using Xunit;

namespace NewsClassifier.Cli.Tests.DefaultModels;

/// <summary>The shipped models in models/: what the quick start runs, and what the team promises about them.</summary>
public class DefaultModelsTests
{
    private static readonly string Models = RepoPaths.InRepo("models");

    [SharedDataFact("examples/kontan-putin-xi-call.txt")]
    public Task PredictJson_KontanPage_IsPoliticsAndExternalRelations() => AssertPutinXiPage("kontan-putin-xi-call.txt");

    [SharedDataFact("examples/metrotvnews-putin-xi-call.txt")]
    public Task PredictJson_MetroTvPage_IsPoliticsAndExternalRelations() => AssertPutinXiPage("metrotvnews-putin-xi-call.txt");

    [SharedDataFact("examples/metrotvnews-putin-xi-call.txt")]
    public void Explain_PutinXiPage_GivesReasonsForPoliticsThatAreNotPageDebris()
    {
        var page = File.ReadAllText(RepoPaths.SharedFile("examples", "metrotvnews-putin-xi-call.txt"));

        var topic = NewsPredictor.Load(Models).Explain(page, top: 10).Single(e => e.Task == "topic");

        Assert.Equal("politics", topic.Label);
        Assert.Equal(10, topic.Reasons.Count);
        string[] debris = ["baca", "juga", "jam", "lalu", "thumb", "artikel", "asli", "komentar", "lanjut", "liputan6", "kumparan", "sampah", "cerai", "pencuri", "motor", "disimpan", "cover"];
        foreach (var reason in topic.Reasons)
        {
            Assert.DoesNotContain(debris, d => reason.Ngram.Contains(d, StringComparison.OrdinalIgnoreCase));
        }

        // The strongest reasons are words of the article itself.
        var cleaned = Prediction.Cleaning.ArticleCleaner.Clean(page).ToLowerInvariant();
        Assert.All(topic.Reasons.Where(r => r.IsWord), r => Assert.Contains(r.Ngram, cleaned, StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedModels_AreTheThreeTasksWithHeldOutMetricsAndTheCurrentCleaner()
    {
        var manifests = NewsPredictor.Load(Models).Models;

        Assert.Equal(["frame", "tone", "topic"], manifests.Select(m => m.Task));
        Assert.All(manifests, m =>
        {
            Assert.Equal("heldout.csv", m.Metrics!.DataFile);
            Assert.Equal("train.csv", m.Training.DataFile);
            Assert.Equal(Prediction.Cleaning.ArticleCleaner.Version, m.Cleaning.Version);
            Assert.True(new FileInfo(Path.Combine(Models, $"{m.Task}.zip")).Length < 20_000_000);
        });
    }

    /// <summary>
    /// Retrains each shipped model with the configuration its manifest records (the one the auto search
    /// chose; the search itself is deterministic and is not repeated here) and compares held-out metrics.
    /// </summary>
    [Fact]
    public void Retraining_FromTheCorpus_ReproducesTheShippedHeldOutMetrics()
    {
        using var folder = new TempFolder();
        foreach (var expected in NewsPredictor.Load(Models).Models)
        {
            var retrained = new TrainingRun(RunLog.Silent).Run(new TrainRequest
            {
                DataPath = RepoPaths.InRepo("training-data", "train.csv"),
                TestPath = RepoPaths.InRepo("training-data", "heldout.csv"),
                LabelColumns = [expected.Task],
                OutPath = Path.Combine(folder.Path, $"{expected.Task}.zip"),
                Seed = expected.Training.Seed,
                Trainer = expected.Trainer.Name,
                Featurization = expected.Featurization.Preset,
            }).Single();

            Assert.Equal(expected.Training.DataSha256, retrained.Manifest.Training.DataSha256);
            Assert.Equal(ManifestJson.Serialize(expected.Metrics!), ManifestJson.Serialize(retrained.Manifest.Metrics!));
        }
    }

    private static async Task AssertPutinXiPage(string file)
    {
        var result = await CliRun.Run("predict", "--model", Models, "--json", "--file", RepoPaths.SharedFile("examples", file));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var labels = json.RootElement.GetProperty("predictions").EnumerateArray()
            .ToDictionary(p => p.GetProperty("task").GetString()!, p => p.GetProperty("label").GetString());
        Assert.Equal("politics", labels["topic"]);
        Assert.Equal("external-relations", labels["frame"]);
        Assert.Contains(labels["tone"], new[] { "positive", "neutral", "negative" });
    }
}
