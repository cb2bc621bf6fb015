using System.Globalization;
using System.Text;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Cli.Output;

/// <summary>The automatic trainer search as a table: every candidate, its cross-validated score and time, and the pick.</summary>
internal static class SearchText
{
    public static string Render(ModelSearch search)
    {
        var table = new TextTable("candidate", "macro-F1", "± std", "seconds");
        foreach (var candidate in search.Candidates)
        {
            table.Add(
                (candidate.Name == search.Chosen ? "* " : "  ") + candidate.Name,
                candidate.MacroF1 is { } f1 ? f1.ToString("F4", CultureInfo.InvariantCulture) : "skipped",
                candidate.StdDev is { } std ? std.ToString("F4", CultureInfo.InvariantCulture) : "",
                candidate.MacroF1 is null ? "" : candidate.Seconds.ToString("F1", CultureInfo.InvariantCulture));
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"auto search ({search.Folds}-fold cross-validation, {search.Seconds:F0} s): chose {search.Chosen}");
        text.Append(table);
        return text.ToString();
    }
}
