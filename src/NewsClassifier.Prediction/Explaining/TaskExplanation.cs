namespace NewsClassifier.Prediction.Explaining;

/// <summary>Why a model predicted what it did for one article, when the model can say.</summary>
/// <param name="Task">The task.</param>
/// <param name="Label">The label explained (the most likely one).</param>
/// <param name="Reasons">The n-grams that pushed hardest toward <paramref name="Label"/>, strongest first; empty when unavailable.</param>
/// <param name="UnavailableReason">Why there is no explanation (tree models), or null when there is one.</param>
public sealed record TaskExplanation(string Task, string Label, IReadOnlyList<NgramContribution> Reasons, string? UnavailableReason)
{
    /// <summary>Whether <see cref="Reasons"/> holds an explanation.</summary>
    public bool IsAvailable => UnavailableReason is null;
}
