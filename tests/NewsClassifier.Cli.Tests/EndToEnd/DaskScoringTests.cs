using System.Diagnostics;
using System.Text.Json;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>bench/scale/dask_score.py on a LocalCluster of 2 worker processes gives what one `score` run gives.</summary>
public class DaskScoringTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [PythonModuleFact("distributed")]
    public async Task DaskWithTwoWorkers_EqualsASingleProcessRun_RowForRow()
    {
        var rows = TinyCorpus.Rows(400, seed: 12).Select(r => JsonSerializer.Serialize(new { id = r.Id, title = r.Title, text = r.Text })).ToList();
        rows.Insert(300, "{\"id\": \"broken\", \"text\": ");      // a malformed row, rejected
        rows.Insert(700, "{\"id\": \"empty\", \"text\": \"  \"}"); // empty text, rejected
        var input = _folder.Write("in.jsonl", string.Join('\n', rows) + "\n");

        var single = await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("single.jsonl"));
        var tool = $"dotnet {Path.Combine(AppContext.BaseDirectory, "newsclassifier.dll")}";
        using var dask = Process.Start(new ProcessStartInfo(PythonModuleFactAttribute.Python,
        [
            RepoPaths.InRepo("bench", "scale", "dask_score.py"), "--tool", tool, "--model", model.ModelPath,
            "--input", input, "--output", _folder.File("dask.jsonl"), "--workers", "2", "--partition-rows", "250",
        ])
        { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = await dask.StandardError.ReadToEndAsync();
        await dask.WaitForExitAsync();

        Assert.Equal(1, single.ExitCode);
        Assert.True(dask.ExitCode == 1, error);
        Assert.Contains("a LocalCluster of 2 workers", error, StringComparison.Ordinal);
        Assert.Contains("read 1202, scored 1200, rejected 2", error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(_folder.File("single.jsonl")), File.ReadAllLines(_folder.File("dask.jsonl")));
        Assert.Equal(
            File.ReadAllLines(_folder.File("single.rejects.jsonl")).Select(RowOf),
            File.ReadAllLines(_folder.File("dask.rejects.jsonl")).Select(RowOf));
    }

    private static long RowOf(string rejectLine)
    {
        using var json = JsonDocument.Parse(rejectLine);
        return json.RootElement.GetProperty("row").GetInt64();
    }
}
