namespace NewsClassifier.Training.Data;

/// <summary>A usable row of a labelled file: its place, id, text and one value per label column.</summary>
public sealed record LabelledRow(long Row, string? Id, string Text, IReadOnlyList<string> Labels);
