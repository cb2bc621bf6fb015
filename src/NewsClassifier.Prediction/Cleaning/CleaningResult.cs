namespace NewsClassifier.Prediction.Cleaning;

/// <summary>The cleaned article and what was removed from it, for debugging what a model sees.</summary>
/// <param name="Text">The article as the models see it.</param>
/// <param name="Removed">Every removed line with its rule, in input order.</param>
public sealed record CleaningResult(string Text, IReadOnlyList<RemovedLine> Removed);
