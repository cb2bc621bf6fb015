namespace NewsClassifier.Training.Data;

/// <summary>One row of an input file, as the commands need it.</summary>
/// <param name="Row">1-based data row number (the header is not counted; blank lines are not rows).</param>
/// <param name="Line">1-based line of the file where the row starts (0 when unknown).</param>
/// <param name="Id">The id column's value, or null without one (or when the row is too broken to read it).</param>
/// <param name="Text">The text columns joined by a blank line, or empty when <paramref name="Problem"/> is set.</param>
/// <param name="Labels">The label columns' values, in the order asked for (empty strings when absent).</param>
/// <param name="Problem">Why the row cannot be used, or null.</param>
/// <param name="Truncated">Whether the text was longer than the limit and was cut.</param>
public sealed record ArticleRecord(
    long Row,
    long Line,
    string? Id,
    string Text,
    IReadOnlyList<string> Labels,
    RowProblem? Problem,
    bool Truncated = false);
