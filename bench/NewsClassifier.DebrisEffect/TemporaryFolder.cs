namespace NewsClassifier.DebrisEffect;

/// <summary>A folder for the run's model, removed afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("nc-debris-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
