namespace NewsClassifier.Prediction.Predicting;

/// <summary>One label and the probability the model gives it.</summary>
public readonly record struct LabelScore(string Label, float Probability);
