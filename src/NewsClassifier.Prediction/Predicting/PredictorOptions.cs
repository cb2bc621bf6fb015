using System.Reflection;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>Settings of a <see cref="NewsPredictor"/>.</summary>
public sealed class PredictorOptions
{
    /// <summary>The default of <see cref="MaxTextLength"/>: far above any real article (about 30,000 words).</summary>
    public const int DefaultMaxTextLength = 200_000;

    /// <summary>The default of <see cref="MaxModelBytes"/>.</summary>
    public const long DefaultMaxModelBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Longest text, in characters, read from an article; the rest is ignored and the prediction says it was
    /// truncated. Protects a service from pathological inputs (a 10 MB scrape).
    /// </summary>
    public int MaxTextLength { get; set; } = DefaultMaxTextLength;

    /// <summary>Largest model file accepted on load, in bytes.</summary>
    public long MaxModelBytes { get; set; } = DefaultMaxModelBytes;

    /// <summary>
    /// Per task, the lowest confidence at which a label is given; below it the label is
    /// <see cref="TaskPrediction.Uncertain"/> and the scores are still returned. Key "*" applies to every task
    /// without its own entry.
    /// </summary>
    public IDictionary<string, float> MinConfidence { get; } = new Dictionary<string, float>(StringComparer.Ordinal);

    /// <summary>
    /// Assemblies of ML.NET components a model needs beyond the linear ones this library ships with, such
    /// as <c>Microsoft.ML.FastTree</c> or <c>Microsoft.ML.LightGbm</c> for tree models. The default models
    /// are linear and need none; an application that serves tree models references those packages and
    /// adds their assemblies here.
    /// </summary>
    public IList<Assembly> ComponentAssemblies { get; } = [];

    /// <summary>Parallel workers for the batch methods; default all cores.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    internal float? MinConfidenceFor(string task) =>
        MinConfidence.TryGetValue(task, out var own) ? own
        : MinConfidence.TryGetValue("*", out var all) ? all
        : null;
}
