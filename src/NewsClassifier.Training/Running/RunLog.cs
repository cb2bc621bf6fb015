namespace NewsClassifier.Training.Running;

/// <summary>Where a run reports progress and warnings (the CLI sends both to standard error).</summary>
public sealed class RunLog(Action<string> info, Action<string> warn)
{
    /// <summary>A log that drops everything (tests, library use).</summary>
    public static RunLog Silent { get; } = new(_ => { }, _ => { });

    /// <summary>Reports progress.</summary>
    public void Info(string message) => info(message);

    /// <summary>Reports something the user should know, such as skipped rows.</summary>
    public void Warn(string message) => warn(message);
}
