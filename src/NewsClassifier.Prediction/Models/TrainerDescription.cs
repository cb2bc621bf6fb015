namespace NewsClassifier.Prediction.Models;

/// <summary>The trainer a model was built with and the options it was given.</summary>
/// <param name="Name">The trainer's name as <c>train --trainer</c> takes it, such as <c>linear-svm</c>.</param>
/// <param name="Options">Every option that affects the result, as invariant-culture text.</param>
public sealed record TrainerDescription(string Name, IReadOnlyDictionary<string, string> Options);
