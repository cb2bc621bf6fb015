using System.Text;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>Kill and interrupt a running tool: whatever happens, no half-written file appears at the target path.</summary>
public class InterruptionTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Score_KilledMidRun_LeavesNoFileAtTheOutputPath()
    {
        var input = LargeInput(200_000);
        var output = _folder.File("out.csv");
        using var tool = ToolProcess.Start(
            "score", "--model", model.ModelPath, "--input", input, "--output", output, "--threads", "1");

        Assert.True(tool.WaitUntil(OutputIsBeingWritten, Timeout), tool.Error);
        tool.Kill();

        Assert.False(File.Exists(output));
        Assert.False(File.Exists(_folder.File("out.rejects.csv")));
    }

    [Fact]
    public void Score_Interrupted_StopsCleanlyAndRemovesItsTemporaryFiles()
    {
        var input = LargeInput(200_000);
        var output = _folder.File("out.csv");
        using var tool = ToolProcess.Start(
            "score", "--model", model.ModelPath, "--input", input, "--output", output, "--threads", "1");

        Assert.True(tool.WaitUntil(OutputIsBeingWritten, Timeout), tool.Error);
        var code = tool.Interrupt(Timeout);

        Assert.Equal(130, code);
        Assert.Contains("cancelled", tool.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(TemporaryFiles());
    }

    [Fact]
    public void Train_KilledMidRun_LeavesNoModelAtTheOutputPath()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(15_000, seed: 1));
        var output = _folder.File("model.zip");
        using var tool = ToolProcess.Start("train", "--data", data, "--label", "label", "--out", output);

        Assert.True(tool.WaitUntil(() => tool.Error.Contains("training", StringComparison.Ordinal), Timeout), tool.Error);
        tool.Kill();

        Assert.False(File.Exists(output));
    }

    // The scores' temporary file fills as rows are scored (the rejects' stays empty here).
    private bool OutputIsBeingWritten() => TemporaryFiles().Any(f => new FileInfo(f).Length > 0);

    private string[] TemporaryFiles() => Directory.GetFiles(_folder.Path, ".*.tmp");

    private string LargeInput(int rows)
    {
        var csv = new StringBuilder("id,text\n");
        var article = TinyCorpus.Article("sport");
        for (var i = 0; i < rows; i++)
        {
            csv.Append('r').Append(i).Append(',').Append(article).Append('\n');
        }

        return _folder.Write("large.csv", csv.ToString());
    }
}
