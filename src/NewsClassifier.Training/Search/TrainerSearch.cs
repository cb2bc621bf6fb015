using System.Diagnostics;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Evaluation;
using NewsClassifier.Training.Pipelines;
using NewsClassifier.Training.Running;

namespace NewsClassifier.Training.Search;

/// <summary>
/// <c>train --trainer auto</c>: cross-validates a small set of trainers and featurizations on the
/// training rows in order of preference, and picks by mean macro-F1 with a paired one-standard-error rule. With a
/// time budget, a candidate is skipped when its expected cost would overrun it; the default always runs.
/// </summary>
internal static class TrainerSearch
{
    public const string Auto = "auto";

    // Deterministic trainers only, so that auto picks the same candidate every run; L-BFGS is left out
    // because it was 10–20 times slower than the SVM and never better in cross-validation on the shared
    // data sets and the starter corpus. Listed in order of preference, which decides near-ties: the
    // default first (it is always tried, even on a tiny budget), then the other n-gram presets, and ML.NET's
    // FeaturizeText last, as it is about three times slower per article to apply. Relative training costs
    // (for the budget) were measured there (2 cores).
    private static readonly SearchCandidateSpec[] Candidates =
    [
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharNb, 1.0),
        new(TrainerKind.LinearSvm, FeaturizationPreset.Word, 0.4),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordChar, 1.0),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharSmall, 0.6),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharSmallRawTf, 0.6),
        new(TrainerKind.LinearSvm, FeaturizationPreset.WordCharWide, 1.8),
        new(TrainerKind.LinearSvm, FeaturizationPreset.MlNetWordChar, 1.2),
    ];

    public static (SearchCandidateSpec Chosen, ModelSearch Record, CrossValidationSummary Summary) Run(
        IReadOnlyList<TrainingRow> rows, int folds, double? budgetSeconds, int seed, RunLog log, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var tried = new List<SearchCandidate>();
        var results = new Dictionary<SearchCandidateSpec, CrossValidationResult>();
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

            var result = CrossValidation.Run(rows, folds, candidate.Featurization, candidate.Trainer, seed, cancellationToken);
            var (summary, _, seconds) = result;
            firstCost ??= seconds / candidate.RelativeCost;
            results[candidate] = result;
            tried.Add(new SearchCandidate(candidate.Name, summary.MacroF1, summary.StdDev, Math.Round(seconds, 2))
            {
                FoldMacroF1 = [.. result.FoldScores.Select(s => Math.Round(s, 6))],
            });
            log.Info($"auto: {candidate.Name}: macro-F1 {summary.MacroF1:F4} ± {summary.StdDev:F4} ({folds}-fold, {seconds:F1} s)");
        }

        var ran = Candidates.Where(results.ContainsKey).ToArray();
        IReadOnlyList<double>[] foldScores = [.. ran.Select(c => results[c].FoldScores)];
        var best = ran[BestIndex(foldScores)];
        var chosen = ran[Choose(foldScores)];
        if (chosen != best)
        {
            log.Info($"auto: {chosen.Name} is within one standard error of {best.Name}, fold for fold, and listed before it: keeping it");
        }

        var record = new ModelSearch(folds, budgetSeconds, Math.Round(watch.Elapsed.TotalSeconds, 2), chosen.Name, tried);
        return (chosen, record, results[chosen].Summary);
    }

    /// <summary>
    /// The one-standard-error rule, paired. Every candidate is scored on the same folds, so each is compared
    /// with the best mean macro-F1 fold by fold; the first candidate in order of preference whose mean
    /// shortfall is within one standard error of its fold-by-fold shortfalls wins. A gap smaller than its own
    /// noise is not worth a less preferred model, while a small gap that every fold shows is real and keeps
    /// the better one.
    /// </summary>
    /// <param name="foldScores">Each candidate's per-fold macro-F1, most preferred candidate first.</param>
    /// <returns>The index of the chosen candidate.</returns>
    internal static int Choose(IReadOnlyList<IReadOnlyList<double>> foldScores)
    {
        var best = foldScores[BestIndex(foldScores)];
        for (var i = 0; i < foldScores.Count; i++)
        {
            if (WithinOneStandardError(best, foldScores[i]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The best candidate is always within one standard error of itself.");
    }

    /// <summary>The candidate with the best mean macro-F1 (the first of equals).</summary>
    private static int BestIndex(IReadOnlyList<IReadOnlyList<double>> foldScores) =>
        Enumerable.Range(0, foldScores.Count).MaxBy(i => foldScores[i].Average());

    private static bool WithinOneStandardError(IReadOnlyList<double> best, IReadOnlyList<double> candidate)
    {
        var shortfalls = best.Zip(candidate, (b, c) => b - c).ToArray();
        var mean = shortfalls.Average();
        var variance = shortfalls.Sum(d => (d - mean) * (d - mean)) / Math.Max(1, shortfalls.Length - 1);
        return mean <= Math.Sqrt(variance / shortfalls.Length);
    }
}
