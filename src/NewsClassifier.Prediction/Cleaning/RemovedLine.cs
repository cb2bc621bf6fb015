namespace NewsClassifier.Prediction.Cleaning;

/// <summary>A line the cleaner removed, and the rule that removed it.</summary>
/// <param name="LineNumber">1-based line of the input.</param>
/// <param name="Text">The line as it was (trimmed).</param>
/// <param name="Rule">The rule's name, such as <c>relative-time</c> or <c>ticker</c>.</param>
public sealed record RemovedLine(int LineNumber, string Text, string Rule);
