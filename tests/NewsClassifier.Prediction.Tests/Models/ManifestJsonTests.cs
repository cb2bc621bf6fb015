using NewsClassifier.Prediction.Models;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Models;

public class ManifestJsonTests
{
    internal static ModelManifest Sample() => new()
    {
        Task = "topic",
        LabelColumn = "topic",
        Labels = ["politics", "sport"],
        TextColumns = ["title", "text"],
        Trainer = new TrainerDescription("linear-svm", new Dictionary<string, string> { ["lambda"] = "0.0001" }),
        Featurization = new FeaturizationDescription("word-char", new Dictionary<string, string> { ["charNgramLength"] = "4" }),
        Training = new TrainingDescription("train.csv", "ab12", 10, 1, new Dictionary<string, int> { ["politics"] = 5, ["sport"] = 5 }, 7, 1.5),
        Metrics = new ModelMetrics(
            "topic",
            4,
            0.75,
            0.7,
            new Dictionary<string, ClassMetrics> { ["politics"] = new(1, 0.5, 0.667, 2), ["sport"] = new(0.667, 1, 0.8, 2) },
            new Dictionary<string, IReadOnlyDictionary<string, int>>
            {
                ["politics"] = new Dictionary<string, int> { ["politics"] = 1, ["sport"] = 1 },
                ["sport"] = new Dictionary<string, int> { ["politics"] = 0, ["sport"] = 2 },
            }),
        Cleaning = new CleaningDescription(true, "1"),
        ToolVersion = "1.0.0",
        TrainedAtUtc = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Manifest_RoundTripsThroughJson()
    {
        var manifest = Sample();
        var back = ManifestJson.DeserializeManifest(ManifestJson.Serialize(manifest));

        Assert.Equal(ManifestJson.Serialize(manifest), ManifestJson.Serialize(back));
        Assert.Equal(manifest.Labels, back.Labels);
        Assert.Equal(manifest.Training.ClassCounts, back.Training.ClassCounts);
        Assert.Equal(manifest.Metrics!.PerClass["sport"], back.Metrics!.PerClass["sport"]);
        Assert.Equal(manifest.TrainedAtUtc, back.TrainedAtUtc);
    }

    [Fact]
    public void Manifest_IsCamelCaseWithTheContractFields()
    {
        var json = ManifestJson.Serialize(Sample());
        foreach (var field in new[] { "\"task\"", "\"labels\"", "\"textColumns\"", "\"trainer\"", "\"training\"", "\"dataSha256\"", "\"metrics\"", "\"cleaning\"", "\"toolVersion\"", "\"trainedAtUtc\"", "\"formatVersion\"" })
        {
            Assert.Contains(field, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deserialize_NotAManifest_Throws() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ManifestJson.DeserializeManifest("[1, 2]"));
}
