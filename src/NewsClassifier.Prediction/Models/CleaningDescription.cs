namespace NewsClassifier.Prediction.Models;

/// <summary>Whether page debris was removed from the text before featurizing, and by which version of the cleaner.</summary>
/// <param name="Enabled">False for models trained with <c>--no-clean</c>: their input is used as given.</param>
/// <param name="Version">The cleaner version the model was trained with.</param>
public sealed record CleaningDescription(bool Enabled, string Version);
