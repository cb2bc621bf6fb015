using System.Diagnostics;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Pipelines;

namespace NewsClassifier.Training.Evaluation;

/// <summary>Stratified k-fold cross-validation of one trainer and featurization on the training rows.</summary>
internal static class CrossValidation
{
    /// <summary>
    /// Cross-validates; the folds depend only on the rows and the seed, so every candidate of a search is
    /// scored on the same folds and their per-fold scores can be compared pairwise.
    /// </summary>
    public static CrossValidationResult Run(
        IReadOnlyList<TrainingRow> rows, int folds, FeaturizationPreset featurization, TrainerKind trainer, int seed, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var fold = AssignFolds(rows, folds, seed);
        var labels = rows.Select(r => r.Label).Distinct().ToArray();
        var scores = new List<double>();
        for (var k = 0; k < folds; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = rows.Where((_, i) => fold[i] != k).ToArray();
            var test = rows.Where((_, i) => fold[i] == k).ToArray();
            var model = ModelBuilder.Fit(train, featurization, trainer, seed);
            var predicted = FittedModelScoring.PredictLabels(model, test);
            var scored = test.Select((r, i) => new ScoredRow(i, null, r.Label, predicted[i], 0, "")).ToArray();
            scores.Add(MetricsCalculator.Compute("cv", scored, labels).MacroF1);
        }

        var mean = scores.Average();
        var deviation = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Count);
        return new CrossValidationResult(
            new CrossValidationSummary(folds, Math.Round(mean, 6), Math.Round(deviation, 6)), scores, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Each label's rows, shuffled with the seed, dealt round-robin into folds: every fold gets its share of every label.</summary>
    private static int[] AssignFolds(IReadOnlyList<TrainingRow> rows, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new int[rows.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                fold[index] = next++ % folds;
            }
        }

        return fold;
    }
}

/// <summary>A cross-validation's summary, each fold's macro-F1 in fold order, and the time it took.</summary>
internal sealed record CrossValidationResult(CrossValidationSummary Summary, IReadOnlyList<double> FoldScores, double Seconds);
