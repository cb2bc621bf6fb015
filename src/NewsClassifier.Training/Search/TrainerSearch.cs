using System.Diagnostics;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Evaluation;
using NewsClassifier.Training.Pipelines;
using NewsClassifier.Training.Running;

namespace NewsClassifier.Training.Search;

/// <summary>
/// <c>train --trainer auto</c>: cross-validates a small set of trainers and featurizations on the
/// training rows, in order of expected value per second, and picks the best mean macro-F1. With a time
/// budget, a candidate is skipped when its expected cost would overrun it; the default always runs.
/// </summary>
internal static class TrainerSearch
{
    public const string Auto = "auto";

    // Deterministic trainers only, so that auto picks the same candidate every run; L-BFGS is left out
    // because it was 10–20 times slower than the SVM and never better in cross-validation on the shared
    // data sets and the starter corpus. Relative costs were measured there (2 cores).
    private static readonly SearchCandidateSpec[] Candidates =
    [
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharNb, 1.0),
        new(TrainerKind.LinearSvm, FeaturizationPreset.Word, 0.4),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordChar, 1.0),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharSmall, 0.6),
        new(TrainerKind.LinearSvm, FeaturizationPreset.MlNetWordChar, 1.2),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharWide, 1.8),
    ];

    public static (SearchCandidateSpec Chosen, ModelSearch Record, CrossValidationSummary Summary) Run(
        IReadOnlyList<TrainingRow> rows, int folds, double? budgetSeconds, int seed, RunLog log, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var tried = new List<SearchCandidate>();
        var summaries = new Dictionary<SearchCandidateSpec, CrossValidationSummary>();
        double? firstCost = null;
        foreach (var candidate in Candidates)
        {
            var expected = firstCost is { } cost ? cost * candidate.RelativeCost : 0;
            if (budgetSeconds is { } budget && firstCost is not null && watch.Elapsed.TotalSeconds + expected > budget)
            {
                log.Info($"auto: skipping {candidate.Name} (about {expected:F0} s would overrun the {budget:F0} s budget)");
                tried.Add(new SearchCandidate(candidate.Name, null, null, 0));
                continue;
            }

            var (summary, seconds) = CrossValidation.Run(rows, folds, candidate.Featurization, candidate.Trainer, seed, cancellationToken);
            firstCost ??= seconds / candidate.RelativeCost;
            summaries[candidate] = summary;
            tried.Add(new SearchCandidate(candidate.Name, summary.MacroF1, summary.StdDev, Math.Round(seconds, 2)));
            log.Info($"auto: {candidate.Name}: macro-F1 {summary.MacroF1:F4} ± {summary.StdDev:F4} ({folds}-fold, {seconds:F1} s)");
        }

        // Ties go to the earlier (cheaper, more often tested) candidate.
        var chosen = summaries.OrderByDescending(s => s.Value.MacroF1).ThenBy(s => Array.IndexOf(Candidates, s.Key)).First();
        var record = new ModelSearch(folds, budgetSeconds, Math.Round(watch.Elapsed.TotalSeconds, 2), chosen.Key.Name, tried);
        return (chosen.Key, record, chosen.Value);
    }
}
