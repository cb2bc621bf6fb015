namespace NewsClassifier.Training.Running;

/// <summary>Where each task's model goes: <c>--out</c> is the zip for one task, or a folder for several.</summary>
internal static class TrainingOutputs
{
    /// <exception cref="ArgumentException">Several tasks were asked for but <c>--out</c> names a single zip.</exception>
    public static IReadOnlyList<string> Plan(string outPath, IReadOnlyList<string> tasks)
    {
        var isZip = outPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        if (isZip && tasks.Count > 1)
        {
            throw new ArgumentException(
                $"--out {outPath} is one zip, but {tasks.Count} label columns were given: give a folder for several models");
        }

        return isZip ? [outPath] : tasks.Select(t => Path.Combine(outPath, $"{t}.zip")).ToArray();
    }
}
