namespace NewsClassifier.Prediction.Models;

/// <summary>The record of an automatic trainer search: every candidate, its cross-validated score, and the pick.</summary>
/// <param name="Folds">Cross-validation folds per candidate.</param>
/// <param name="BudgetSeconds">The time budget given, if any.</param>
/// <param name="Seconds">Wall time of the whole search.</param>
/// <param name="Chosen">The chosen candidate's name.</param>
/// <param name="Candidates">Every candidate tried or skipped.</param>
public sealed record ModelSearch(
    int Folds,
    double? BudgetSeconds,
    double Seconds,
    string Chosen,
    IReadOnlyList<SearchCandidate> Candidates);
