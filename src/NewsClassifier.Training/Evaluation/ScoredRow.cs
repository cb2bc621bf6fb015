namespace NewsClassifier.Training.Evaluation;

/// <summary>One evaluated row: the true label, what the model said, and how sure it was.</summary>
public sealed record ScoredRow(long Row, string? Id, string Truth, string Predicted, float Confidence, string Text)
{
    /// <summary>Whether the prediction is right.</summary>
    public bool Correct => Truth == Predicted;
}
