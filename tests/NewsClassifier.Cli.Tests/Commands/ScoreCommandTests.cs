using System.Text;
using System.Text.Json;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Commands;

public class ScoreCommandTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Score_FileWithEveryKindOfBadRow_AccountsForEveryRow()
    {
        var good = TinyCorpus.Rows(4, seed: 5).Select(r => $"{r.Id},{TinyCorpus.Quote(r.Title)},{TinyCorpus.Quote(r.Text)}").ToArray();
        var csv = new StringBuilder("id,title,text\n");
        csv.Append(good[0] + "\n");
        csv.Append("e1,,\"  \"\n");                       // empty text
        csv.Append(good[1] + "\n");
        csv.Append("f1,only two fields\n");               // wrong field count
        csv.Append("s1,ab\"c,d\n");                        // stray quote
        csv.Append(good[2] + "\n");
        csv.Append("n1,title,te\0xt\n");                   // NUL
        var bytes = Encoding.UTF8.GetBytes(csv.ToString())
            .Concat(Encoding.UTF8.GetBytes("u1,title,caf")).Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n")) // Latin-1 é
            .Concat(Encoding.UTF8.GetBytes(string.Join("\n", good.Skip(3)) + "\n"))
            .Concat(Encoding.UTF8.GetBytes("q1,\"never closed,x\n"))                                                       // unclosed quote, last
            .ToArray();
        var input = _folder.Write("in.csv", bytes);

        var result = await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("out.csv"));

        Assert.Equal(1, result.ExitCode);
        var scored = File.ReadAllLines(_folder.File("out.csv")).Skip(1).ToArray();
        var rejected = File.ReadAllLines(_folder.File("out.rejects.csv")).Skip(1).ToArray();
        var total = good.Length + 6;
        Assert.Equal(good.Length, scored.Length);
        Assert.Equal(6, rejected.Length);
        Assert.Contains($"read {total}, scored {good.Length}, rejected 6", result.Error, StringComparison.Ordinal);
        foreach (var reason in new[] { "text is empty", "wrong number of fields", "a quote inside an unquoted field", "NUL", "invalid UTF-8", "never closed" })
        {
            Assert.Contains(rejected, line => line.Contains(reason, StringComparison.Ordinal));
        }

        Assert.Contains(rejected, line => line.StartsWith("2,3,e1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_OneThreadAndManyThreads_WriteIdenticalOutputInInputOrder()
    {
        var rows = Enumerable.Range(0, 700).Select(i => (Id: $"r{i:D4}", Text: TinyCorpus.Article(TinyCorpus.Vocabulary.Keys.ElementAt(i % 3), i))).ToArray();
        var input = _folder.Write("in.csv", "id,text\n" + string.Concat(rows.Select(r => $"{r.Id},{r.Text}\n")));

        var one = await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("one.csv"), "--threads", "1");
        var many = await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("many.csv"), "--threads", "8");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, many.ExitCode);
        var oneLines = File.ReadAllLines(_folder.File("one.csv"));
        Assert.Equal(File.ReadAllLines(_folder.File("many.csv")), oneLines);
        Assert.Equal(rows.Select(r => r.Id), oneLines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal("id,label,label_confidence", oneLines[0]);
    }

    [Fact]
    public async Task Score_StandardInputToStandardOutput_IsJsonLines()
    {
        var input = string.Concat(TinyCorpus.Rows(3, seed: 8).Select(r => JsonSerializer.Serialize(new { id = r.Id, text = r.Text }) + "\n"));

        var result = await CliRun.RunWithInput(input, "score", "--model", model.ModelPath, "--input", "-", "--output", "-", "--scores");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("sport-8-0", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("sport", first.RootElement.GetProperty("label").GetString());
        Assert.Equal(1.0, first.RootElement.GetProperty("label_scores").EnumerateObject().Sum(p => p.Value.GetDouble()), 4);
        Assert.Contains("read 9, scored 9, rejected 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_RejectsOnStandardStreams_GoToStandardError()
    {
        var result = await CliRun.RunWithInput("{\"id\": \"a\", \"text\": \"gol liga\"}\nnot json\n", "score", "--model", model.ModelPath, "--input", "-", "--output", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rejected: row 2 (line 2): not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Score_Shards_SplitTheFileWithoutOverlap()
    {
        var input = _folder.Write("in.csv", TinyCorpus.Csv(10, seed: 6));

        await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("s0.csv"), "--shard", "0/2");
        await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("s1.csv"), "--shard", "1/2");
        await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("all.csv"));

        var s0 = File.ReadAllLines(_folder.File("s0.csv")).Skip(1).ToArray();
        var s1 = File.ReadAllLines(_folder.File("s1.csv")).Skip(1).ToArray();
        Assert.Equal(15, s0.Length);
        Assert.Empty(s0.Intersect(s1));
        Assert.Equal(File.ReadAllLines(_folder.File("all.csv")).Skip(1).Order(), s0.Concat(s1).Order());
    }

    [Fact]
    public async Task Score_MinConfidence_LabelsUncertainBelowIt()
    {
        var input = _folder.Write("in.csv", "id,text\n1,kata biasa saja\n");

        var result = await CliRun.Run("score", "--model", model.ModelPath, "--input", input, "--output", _folder.File("out.csv"), "--min-confidence", "0.999");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("1,uncertain,", File.ReadAllLines(_folder.File("out.csv"))[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--shard", "2/2")]
    public async Task Score_OptionOutOfRange_Exits2(string option, string value)
    {
        var result = await CliRun.Run("score", "--model", model.ModelPath, "--input", model.TestPath, "--output", _folder.File("out.csv"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("out.csv")));
    }

    [Fact]
    public async Task Score_FatalInputError_LeavesNoOutputBehind()
    {
        var result = await CliRun.Run("score", "--model", model.ModelPath, "--input", _folder.File("missing.csv"), "--output", _folder.File("out.csv"));

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Score_UnwritableOutputFolder_Exits5()
    {
        var result = await CliRun.Run("score", "--model", model.ModelPath, "--input", model.TestPath, "--output", _folder.File("no/such/folder/out.csv"));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("out.csv", result.Error, StringComparison.Ordinal);
    }
}
