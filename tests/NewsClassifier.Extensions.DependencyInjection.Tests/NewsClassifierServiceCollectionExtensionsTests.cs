using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Extensions.DependencyInjection.Tests;

public sealed class NewsClassifierServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _model;

    public NewsClassifierServiceCollectionExtensionsTests() => _model = TinyModels.Train(_folder);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddNewsClassifier_RegistersOneSharedPredictor()
    {
        using var provider = new ServiceCollection().AddNewsClassifier(o => o.ModelPath = _model).BuildServiceProvider();

        var first = provider.GetRequiredService<NewsPredictor>();

        Assert.Same(first, provider.GetRequiredService<NewsPredictor>());
        Assert.Equal("sport", first.Predict(TinyCorpus.Article("sport")).Tasks[0].Label);
    }

    [Fact]
    public void AddNewsClassifier_FromConfiguration_AppliesMinimumConfidencePerTask()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsClassifier:ModelPath"] = _model,
            ["NewsClassifier:MinConfidence:label"] = "0.999",
            ["NewsClassifier:MaxTextLength"] = "5000",
        }).Build();

        using var provider = new ServiceCollection().AddNewsClassifier(configuration.GetSection("NewsClassifier")).BuildServiceProvider();
        var prediction = provider.GetRequiredService<NewsPredictor>().Predict("kata biasa tanpa makna");

        Assert.Equal(TaskPrediction.Uncertain, prediction.Tasks[0].Label);
    }

    [Fact]
    public void AddNewsClassifier_WithoutModelPath_FailsAtRegistration() =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddNewsClassifier(_ => { }));

    [Fact]
    public void AddNewsClassifier_NonNumericSetting_NamesTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsClassifier:ModelPath"] = _model,
            ["NewsClassifier:MaxTextLength"] = "lots",
        }).Build();

        var e = Assert.Throws<FormatException>(() => new ServiceCollection().AddNewsClassifier(configuration.GetSection("NewsClassifier")));

        Assert.Contains("NewsClassifier:MaxTextLength", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyInjectionProject_DependsOnAbstractionsOnly()
    {
        var references = typeof(NewsClassifierServiceCollectionExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("Microsoft.Extensions.DependencyInjection.Abstractions", references);
        Assert.DoesNotContain("Microsoft.Extensions.DependencyInjection", references);
        Assert.DoesNotContain("Microsoft.Extensions.Configuration.Binder", references);
        Assert.DoesNotContain("NewsClassifier.Training", references);
    }
}
