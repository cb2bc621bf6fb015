namespace NewsClassifier.Prediction.Predicting;

/// <summary>An item of a batch with its prediction; null when the item had no text to predict.</summary>
/// <typeparam name="T">The caller's item, such as a row with an id.</typeparam>
public sealed record Labelled<T>(T Item, ArticlePrediction? Prediction);
