using System.IO.Compression;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Models;

public class ModelLoadingTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public void Load_MissingFile_SaysNotFound()
    {
        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load("no-such-model.zip"));
        Assert.Contains("no-such-model.zip", e.Message, StringComparison.Ordinal);
        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedZip_SaysTruncatedOrCorrupt()
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(model.ModelPath);
        var path = folder.Write("truncated.zip", bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(path));
        Assert.Contains("truncated or corrupt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileThatIsNotAZip_SaysNotAValidZip()
    {
        using var folder = new TempFolder();
        var path = folder.Write("model.zip", "id,text\n1,hello\n");

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(path));
        Assert.Contains("not a valid zip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipWithoutManifest_SaysNotANewsClassifierModel()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.zip");
        File.Copy(model.ModelPath, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(ModelManifest.EntryName)!.Delete();
        }

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(path));
        Assert.Contains("not a NewsClassifier model", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestOfANewerMajorVersion_AsksForAnUpgrade()
    {
        using var folder = new TempFolder();
        var path = folder.File("future.zip");
        File.Copy(model.ModelPath, path);
        RewriteManifest(path, json => json.Replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"", StringComparison.Ordinal));

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(path));
        Assert.Contains("newer NewsClassifier", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidManifestButBrokenModel_SaysTheModelInsideIsCorrupt()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(ModelManifest.EntryName).Open()))
            {
                writer.Write(ManifestJson.Serialize(ManifestJsonTests.Sample()));
            }

            using var junk = new StreamWriter(zip.CreateEntry("TransformerChain/Model.key").Open());
            junk.Write("not a model");
        }

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(path));
        Assert.Contains("ML.NET model inside the zip is corrupt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelLargerThanTheLimit_IsRefused()
    {
        var options = new PredictorOptions { MaxModelBytes = 1000 };

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(model.ModelPath, options));
        Assert.Contains("more than the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutModels_SaysSo()
    {
        using var folder = new TempFolder();

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(folder.Path));
        Assert.Contains("no *.zip model", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoModelsOfTheSameTask_IsRefused()
    {
        using var folder = new TempFolder();
        File.Copy(model.ModelPath, folder.File("a.zip"));
        File.Copy(model.ModelPath, folder.File("b.zip"));

        var e = Assert.Throws<ModelLoadException>(() => NewsPredictor.Load(folder.Path));
        Assert.Contains("second model for task", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelTrainedWithAnotherCleaningVersion_Warns()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.zip");
        File.Copy(model.ModelPath, path);
        RewriteManifest(path, json => json.Replace(
            $"\"version\": \"{Prediction.Cleaning.ArticleCleaner.Version}\"", "\"version\": \"0-old\"", StringComparison.Ordinal));

        var predictor = NewsPredictor.Load(path);

        var warning = Assert.Single(predictor.Warnings);
        Assert.Contains("cleaning version 0-old", warning, StringComparison.Ordinal);
    }

    private static void RewriteManifest(string path, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(ModelManifest.EntryName)!;
        string json;
        using (var reader = new StreamReader(entry.Open()))
        {
            json = reader.ReadToEnd();
        }

        var edited = edit(json);
        Assert.NotEqual(json, edited);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(ModelManifest.EntryName).Open());
        writer.Write(edited);
    }
}
