using BenchmarkDotNet.Attributes;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Benchmarks;

/// <summary>
/// The shipped models as a service uses them: load time (goal under 1 s), one 600-word article through
/// all three models (goal under 1 ms per model; the median is the p50), and throughput on a batch of
/// real articles at 1, 2 and all cores (0 = all).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PredictionBenchmarks
{
    private const int BatchSize = 500;
    private NewsPredictor _predictor = null!;
    private string _article = "";
    private IReadOnlyList<string> _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _predictor = NewsPredictor.Load(BenchPaths.Models);
        _article = Articles.OfWords(600);
        _batch = Articles.IndoSum(BatchSize);
    }

    [Benchmark]
    public NewsPredictor LoadShippedModels() => NewsPredictor.Load(BenchPaths.Models);

    [Benchmark]
    public ArticlePrediction Predict600WordArticle() => _predictor.Predict(_article);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    [Arguments(1)]
    [Arguments(2)]
    [Arguments(0)]
    public ArticlePrediction[] PredictBatch(int threads)
    {
        var results = new ArticlePrediction[_batch.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads == 0 ? Environment.ProcessorCount : threads };
        Parallel.For(0, _batch.Count, options, i => results[i] = _predictor.Predict(_batch[i]));
        return results;
    }
}
