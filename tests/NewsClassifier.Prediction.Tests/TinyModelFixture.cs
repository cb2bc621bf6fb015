using NewsClassifier.Tests.Shared;

namespace NewsClassifier.Prediction.Tests;

/// <summary>One tiny model trained once and shared by a test class.</summary>
public sealed class TinyModelFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public TinyModelFixture() => ModelPath = TinyModels.Train(_folder);

    public string ModelPath { get; }

    public void Dispose() => _folder.Dispose();
}
