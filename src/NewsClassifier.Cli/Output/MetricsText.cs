using System.Globalization;
using System.Text;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Cli.Output;

/// <summary>Evaluation metrics as readable tables: a summary line, per-class metrics and the confusion matrix.</summary>
internal static class MetricsText
{
    public static string Render(ModelMetrics metrics)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant(
            $"task {metrics.Task}: {metrics.Rows:N0} rows, accuracy {metrics.Accuracy:F4}, macro-F1 {metrics.MacroF1:F4}"));
        text.AppendLine();

        var perClass = new TextTable("label", "precision", "recall", "f1", "support");
        foreach (var (label, m) in metrics.PerClass)
        {
            perClass.Add(label, Invariant($"{m.Precision:F4}"), Invariant($"{m.Recall:F4}"), Invariant($"{m.F1:F4}"), Invariant($"{m.Support}"));
        }

        text.Append(perClass);
        text.AppendLine();

        // Columns are numbered so that a 17-class matrix still fits a terminal; the row labels say which is which.
        var labels = metrics.Confusion.Keys.ToArray();
        text.AppendLine("confusion matrix (rows: true label, columns: predicted, numbered as the rows)");
        var matrix = new TextTable(["true \\ predicted", .. labels.Select((_, i) => Invariant($"{i + 1}"))]);
        for (var i = 0; i < labels.Length; i++)
        {
            matrix.Add([Invariant($"{i + 1,2} {labels[i]}"), .. labels.Select(p => Invariant($"{metrics.Confusion[labels[i]][p]}"))]);
        }

        text.Append(matrix);
        if (metrics.UnknownLabels.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("labels the model never saw (every such row counts as an error):");
            foreach (var (label, count) in metrics.UnknownLabels)
            {
                text.AppendLine(Invariant($"  {label}: {count} rows"));
            }
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
