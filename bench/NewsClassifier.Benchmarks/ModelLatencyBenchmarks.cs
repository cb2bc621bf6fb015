using BenchmarkDotNet.Attributes;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Benchmarks;

/// <summary>
/// One shipped model at a time, as a service that needs only one task would load it: the latency of a
/// 600-word article (cleaning included) against the goal of under 1 ms per model. The median is the p50.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ModelLatencyBenchmarks
{
    private NewsPredictor _predictor = null!;
    private string _article = "";

    [Params("topic", "frame", "tone")]
    public string Task { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _predictor = NewsPredictor.Load(Path.Combine(BenchPaths.Models, $"{Task}.zip"));
        _article = Articles.OfWords(600);
    }

    [Benchmark]
    public ArticlePrediction Predict600WordArticle() => _predictor.Predict(_article);
}
