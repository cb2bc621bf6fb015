namespace NewsClassifier.Training.Data;

/// <summary>What is wrong with one row, and in which column when one is at fault.</summary>
public sealed record RowProblem(RowProblemKind Kind, string Message, string? Column = null);
