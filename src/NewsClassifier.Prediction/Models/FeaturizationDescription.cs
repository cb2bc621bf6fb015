namespace NewsClassifier.Prediction.Models;

/// <summary>How the text was turned into features.</summary>
/// <param name="Preset">The featurization preset's name.</param>
/// <param name="Options">Every option of the preset, as invariant-culture text.</param>
public sealed record FeaturizationDescription(string Preset, IReadOnlyDictionary<string, string> Options);
