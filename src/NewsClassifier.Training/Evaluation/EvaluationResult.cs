using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Evaluation;

/// <summary>The metrics of one task on one file, with every scored row for error analysis.</summary>
/// <param name="Metrics">The metrics, as <c>evaluate --json</c> prints them.</param>
/// <param name="Rows">Every scored row, in file order.</param>
/// <param name="EmptyLabelRows">Row numbers left out because their label was empty.</param>
/// <param name="Manifest">The evaluated model's manifest.</param>
public sealed record EvaluationResult(
    ModelMetrics Metrics, IReadOnlyList<ScoredRow> Rows, IReadOnlyList<long> EmptyLabelRows, ModelManifest Manifest);
