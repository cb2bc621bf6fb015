namespace NewsClassifier.Training.Data;

/// <summary>A labelled file read in full: its usable rows, what was skipped, and a hash of its bytes.</summary>
/// <param name="Path">The file.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Columns">The columns used.</param>
/// <param name="Rows">Rows with text, in file order.</param>
/// <param name="EmptyTextRows">Row numbers skipped because their text was empty.</param>
/// <param name="TruncatedRows">Rows whose text was cut at the length limit.</param>
public sealed record LabelledData(
    string Path,
    string Sha256,
    ResolvedColumns Columns,
    IReadOnlyList<LabelledRow> Rows,
    IReadOnlyList<long> EmptyTextRows,
    int TruncatedRows);
