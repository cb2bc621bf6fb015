using NewsClassifier.Prediction.Predicting;
using Xunit;

namespace NewsClassifier.Prediction.Tests;

public class ArchitectureTests
{
    private static readonly string[] References =
        typeof(NewsPredictor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    [Theory]
    [InlineData("NewsClassifier.Training")]
    [InlineData("NewsClassifier.Cli")]
    [InlineData("Microsoft.ML.FastTree")]
    [InlineData("Microsoft.ML.LightGbm")]
    [InlineData("CsvHelper")]
    [InlineData("System.CommandLine")]
    public void PredictionLibrary_DoesNotReference(string assembly) =>
        Assert.DoesNotContain(assembly, References);

    [Fact]
    public void PredictionLibrary_ReferencesMLNetForLoadingModels() =>
        Assert.Contains("Microsoft.ML.Data", References);

    [Fact]
    public void PredictionProject_HasNoProjectReferences()
    {
        var project = File.ReadAllText(global::NewsClassifier.Tests.Shared.RepoPaths.InRepo("src", "NewsClassifier.Prediction", "NewsClassifier.Prediction.csproj"));
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
    }
}
