namespace NewsClassifier.Training.Data;

/// <summary>The columns a command wants from a file.</summary>
/// <param name="TextColumns">Columns joined into the article text; null for the default <c>title,text</c> where present.</param>
/// <param name="LabelColumns">Label columns, each required.</param>
/// <param name="IdColumn">The id column; null for the default <c>id</c> where present.</param>
public sealed record ColumnRequest(
    IReadOnlyList<string>? TextColumns = null,
    IReadOnlyList<string>? LabelColumns = null,
    string? IdColumn = null)
{
    /// <summary>Text columns used when none are named, each where the file has it.</summary>
    public static IReadOnlyList<string> DefaultTextColumns { get; } = ["title", "text"];

    /// <summary>The id column used when none is named, where the file has it.</summary>
    public const string DefaultIdColumn = "id";
}
