using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Evaluation;

/// <summary>
/// Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix, computed from the rows
/// themselves so that rows whose label the model never saw count as errors instead of being dropped.
/// </summary>
public static class MetricsCalculator
{
    /// <summary>
    /// Computes the metrics. Classes are every label that occurs as truth or as prediction (as
    /// scikit-learn does); a class never predicted has precision 0, one never true has recall 0.
    /// </summary>
    public static ModelMetrics Compute(string task, IReadOnlyList<ScoredRow> rows, IReadOnlyCollection<string> modelLabels)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(modelLabels);
        var classes = rows.Select(r => r.Truth).Concat(rows.Select(r => r.Predicted))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var confusion = classes.ToDictionary(
            c => c, _ => classes.ToDictionary(p => p, _ => 0, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            confusion[row.Truth][row.Predicted]++;
        }

        var perClass = new Dictionary<string, ClassMetrics>(StringComparer.Ordinal);
        foreach (var c in classes)
        {
            var truePositives = confusion[c][c];
            var support = confusion[c].Values.Sum();
            var predicted = classes.Sum(t => confusion[t][c]);
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[c] = new ClassMetrics(precision, recall, f1, support);
        }

        var known = new HashSet<string>(modelLabels, StringComparer.Ordinal);
        var unknown = rows.Where(r => !known.Contains(r.Truth))
            .GroupBy(r => r.Truth).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var correct = rows.Count(r => r.Correct);
        return new ModelMetrics(
            task,
            rows.Count,
            rows.Count == 0 ? 0 : (double)correct / rows.Count,
            perClass.Count == 0 ? 0 : perClass.Values.Average(m => m.F1),
            perClass,
            confusion.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value, StringComparer.Ordinal))
        {
            UnknownLabels = unknown,
        };
    }
}
