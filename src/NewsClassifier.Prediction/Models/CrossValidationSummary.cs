namespace NewsClassifier.Prediction.Models;

/// <summary>Cross-validated quality of the model's configuration on its training data.</summary>
/// <param name="Folds">Number of folds (stratified by label).</param>
/// <param name="MacroF1">Mean macro-F1 over the folds.</param>
/// <param name="StdDev">Standard deviation of macro-F1 across the folds.</param>
public sealed record CrossValidationSummary(int Folds, double MacroF1, double StdDev);
