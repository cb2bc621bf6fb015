using NewsClassifier.Prediction.Models;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Commands;

public class InfoCommandTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public async Task Info_Json_IsTheManifestInTheZip()
    {
        var result = await CliRun.Run("info", "--model", model.ModelPath, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var manifest = ManifestJson.DeserializeManifest(result.Out);
        Assert.Equal("label", manifest.Task);
        Assert.Equal("linear-svm", manifest.Trainer.Name);
        Assert.NotNull(manifest.Metrics);
    }

    [Fact]
    public async Task Info_Text_NamesTaskTrainerDataAndMetrics()
    {
        var result = await CliRun.Run("info", "--model", model.ModelPath);

        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "task", "linear-svm", "sha256", "macro-F1", "cleaning" })
        {
            Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Info_NotOurZip_Exits4SayingSo()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(model.Folder.Path, path);

        var result = await CliRun.Run("info", "--model", path);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("not a NewsClassifier model", result.Error, StringComparison.Ordinal);
    }
}
