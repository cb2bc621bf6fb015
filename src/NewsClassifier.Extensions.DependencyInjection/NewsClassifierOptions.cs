using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Extensions.DependencyInjection;

/// <summary>How the registered predictor is loaded.</summary>
public sealed class NewsClassifierOptions
{
    /// <summary>A model zip, or a folder whose every <c>*.zip</c> is loaded. Required.</summary>
    public string ModelPath { get; set; } = "";

    /// <summary>Per task (or "*" for all), the confidence below which the label is <c>uncertain</c>.</summary>
    public IDictionary<string, float> MinConfidence { get; } = new Dictionary<string, float>(StringComparer.Ordinal);

    /// <summary>Longest text read per article, in characters.</summary>
    public int MaxTextLength { get; set; } = PredictorOptions.DefaultMaxTextLength;

    /// <summary>Largest model file accepted, in bytes.</summary>
    public long MaxModelBytes { get; set; } = PredictorOptions.DefaultMaxModelBytes;

    /// <summary>Parallel workers of the batch methods.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    internal PredictorOptions ToPredictorOptions()
    {
        var options = new PredictorOptions
        {
            MaxTextLength = MaxTextLength,
            MaxModelBytes = MaxModelBytes,
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        };
        foreach (var (task, minimum) in MinConfidence)
        {
            options.MinConfidence[task] = minimum;
        }

        return options;
    }
}
