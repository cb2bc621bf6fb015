using System.Globalization;
using System.Text;
using NewsClassifier.Prediction.Explaining;

namespace NewsClassifier.Cli.Output;

/// <summary>Explanations as text: per task, the n-grams behind the label with their contributions.</summary>
internal static class ExplanationText
{
    public static string Render(IReadOnlyList<TaskExplanation> explanations)
    {
        var text = new StringBuilder();
        foreach (var explanation in explanations)
        {
            text.AppendLine();
            if (!explanation.IsAvailable)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"why {explanation.Task} = {explanation.Label}: not available ({explanation.UnavailableReason})");
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"why {explanation.Task} = {explanation.Label}:");
            var table = new TextTable("  n-gram", "kind", "contribution");
            foreach (var ngram in explanation.Reasons)
            {
                table.Add($"  {(ngram.IsWord ? ngram.Ngram : $"\"{ngram.Ngram}\"")}", ngram.IsWord ? "word" : "char", ngram.Contribution.ToString("F4", CultureInfo.InvariantCulture));
            }

            text.Append(table);
        }

        return text.ToString();
    }
}
