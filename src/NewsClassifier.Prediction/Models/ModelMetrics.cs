namespace NewsClassifier.Prediction.Models;

/// <summary>A model's quality on a labelled file, in the shape of <c>evaluate --json</c>.</summary>
/// <param name="Task">The task evaluated.</param>
/// <param name="Rows">Rows scored; rows whose label the model never saw are included and count as errors.</param>
/// <param name="Accuracy">Share of rows whose predicted label equals the true one.</param>
/// <param name="MacroF1">Unweighted mean of the per-class F1 over every label seen as truth or prediction.</param>
/// <param name="PerClass">Per-label precision, recall, F1 and support.</param>
/// <param name="Confusion">Counts by true label, then predicted label.</param>
public sealed record ModelMetrics(
    string Task,
    int Rows,
    double Accuracy,
    double MacroF1,
    IReadOnlyDictionary<string, ClassMetrics> PerClass,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion)
{
    /// <summary>The evaluated file's name, when known.</summary>
    public string? DataFile { get; init; }

    /// <summary>True labels in the file that the model cannot predict, with their row counts.</summary>
    public IReadOnlyDictionary<string, int> UnknownLabels { get; init; } = new Dictionary<string, int>();
}
