namespace NewsClassifier.Prediction.Predicting;

/// <summary>Every task's answer for one article.</summary>
/// <param name="Tasks">One prediction per loaded model, in the order the models were loaded.</param>
/// <param name="Truncated">Whether the text was longer than the predictor's limit and only its start was read.</param>
public sealed record ArticlePrediction(IReadOnlyList<TaskPrediction> Tasks, bool Truncated)
{
    /// <summary>The prediction of the named task.</summary>
    /// <exception cref="KeyNotFoundException">No model of that task is loaded.</exception>
    public TaskPrediction this[string task] =>
        Tasks.FirstOrDefault(t => t.Task == task) ?? throw new KeyNotFoundException($"no model for task '{task}' is loaded");
}
