using NewsClassifier.Tests.Shared;

namespace NewsClassifier.Cli.Tests;

/// <summary>One tiny model, and the files it was trained and tested on, shared by a test class.</summary>
public sealed class TinyModelFixture : IDisposable
{
    public TinyModelFixture()
    {
        Folder = new TempFolder();
        TestPath = Folder.Write("test.csv", TinyCorpus.Csv(10, seed: 4));
        ModelPath = TinyModels.Train(Folder, test: TestPath);
    }

    internal TempFolder Folder { get; }

    public string ModelPath { get; }

    public string TestPath { get; }

    public void Dispose() => Folder.Dispose();
}
