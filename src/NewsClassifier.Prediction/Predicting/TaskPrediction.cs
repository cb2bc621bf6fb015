namespace NewsClassifier.Prediction.Predicting;

/// <summary>One task's answer for one article.</summary>
/// <param name="Task">The task, such as <c>topic</c>.</param>
/// <param name="Label">The predicted label, or <see cref="Uncertain"/> when the confidence is below the task's minimum.</param>
/// <param name="Confidence">The probability of the most likely label.</param>
/// <param name="Scores">Every label of the task with its probability, most likely first; they sum to 1.</param>
public sealed record TaskPrediction(string Task, string Label, float Confidence, IReadOnlyList<LabelScore> Scores)
{
    /// <summary>The label given instead of a class when the model is not confident enough.</summary>
    public const string Uncertain = "uncertain";

    /// <summary>Whether the model abstained (<see cref="Label"/> is <see cref="Uncertain"/>).</summary>
    public bool Abstained => Label == Uncertain;

    /// <summary>The most likely label, even when the model abstained.</summary>
    public string TopLabel => Scores[0].Label;
}
