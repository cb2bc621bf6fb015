namespace NewsClassifier.Training.Data;

/// <summary>Builds the article text from its columns and checks it, the same way for every file format.</summary>
internal static class ArticleText
{
    public const string NulMessage = "text holds NUL (0x00) characters: binary data, not text";

    /// <summary>Joins the non-empty text fields with a blank line, as the contract says.</summary>
    public static string Join(IEnumerable<string?> fields) =>
        string.Join("\n\n", fields.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!.Trim()));

    /// <summary>A problem with the joined text, or null when it can be used.</summary>
    public static RowProblem? Check(string text, IReadOnlyList<string> textColumns)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return new RowProblem(RowProblemKind.InvalidEncoding, NulMessage, string.Join(",", textColumns));
        }

        return string.IsNullOrWhiteSpace(text)
            ? new RowProblem(RowProblemKind.EmptyText, "text is empty", string.Join(",", textColumns))
            : null;
    }

    /// <summary>Cuts text longer than the limit; says whether it did.</summary>
    public static (string Text, bool Truncated) Limit(string text, int maxLength) =>
        text.Length > maxLength ? (text[..maxLength], true) : (text, false);
}
