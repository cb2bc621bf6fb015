using NewsClassifier.Prediction.Cleaning;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Evaluation;

namespace NewsClassifier.Training.Reports;

/// <summary>Everything the report shows, computed once from an evaluation.</summary>
internal sealed record ReportData(ModelMetrics Metrics, ModelManifest Manifest, Calibration Calibration, IReadOnlyList<Mistake> TopMistakes)
{
    public const int MistakesShown = 25;
    public const int ExcerptLength = 200;

    public static ReportData From(EvaluationResult evaluation) => new(
        evaluation.Metrics,
        evaluation.Manifest,
        Calibration.Of(evaluation.Rows),
        evaluation.Rows.Where(r => !r.Correct)
            .OrderByDescending(r => r.Confidence).ThenBy(r => r.Row)
            .Take(MistakesShown)
            .Select(r => new Mistake(r.Row, r.Id, r.Truth, r.Predicted, r.Confidence, Excerpt(r.Text, evaluation.Manifest)))
            .ToArray());

    /// <summary>The start of the text as the model saw it (cleaned when the model cleans).</summary>
    private static string Excerpt(string text, ModelManifest manifest)
    {
        var seen = manifest.Cleaning.Enabled ? ArticleCleaner.Clean(text) : text;
        var flat = string.Join(' ', seen.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : flat[..ExcerptLength] + "…";
    }
}

/// <summary>A wrong prediction as the report lists it.</summary>
internal sealed record Mistake(long Row, string? Id, string Truth, string Predicted, float Confidence, string Excerpt);
