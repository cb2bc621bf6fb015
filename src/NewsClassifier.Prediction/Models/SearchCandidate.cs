namespace NewsClassifier.Prediction.Models;

/// <summary>One configuration tried by the automatic search.</summary>
/// <param name="Name">Trainer and featurization preset, such as <c>linear-svm+word-char</c>.</param>
/// <param name="MacroF1">Mean cross-validated macro-F1, or null when the budget ran out first.</param>
/// <param name="StdDev">Standard deviation of macro-F1 across folds.</param>
/// <param name="Seconds">Wall time of its cross-validation.</param>
public sealed record SearchCandidate(string Name, double? MacroF1, double? StdDev, double Seconds)
{
    /// <summary>
    /// Macro-F1 of each fold, in fold order (every candidate of a search is scored on the same folds, so
    /// they compare fold by fold); null when the candidate was skipped or the model predates it.
    /// </summary>
    public IReadOnlyList<double>? FoldMacroF1 { get; init; }
}
