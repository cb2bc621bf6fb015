using System.Text;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Data;
using Xunit;

namespace NewsClassifier.Training.Tests.Data;

public class JsonLinesArticleReaderTests : IDisposable
{
    private static readonly ColumnRequest Labelled = new(LabelColumns: ["label"]);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_Objects_JoinTextFieldsAndAcceptNumericIdsAndLabels()
    {
        var rows = Read("{\"id\": 7, \"title\": \"Judul\", \"text\": \"Isi\", \"label\": 3}\n{\"text\": \"hanya isi\", \"label\": \"a\"}\n");

        Assert.Equal("Judul\n\nIsi", rows[0].Text);
        Assert.Equal("7", rows[0].Id);
        Assert.Equal(["3"], rows[0].Labels);
        Assert.Null(rows[1].Id);
        Assert.Equal("hanya isi", rows[1].Text);
    }

    [Fact]
    public void Read_BlankLines_AreNotRowsButAreCounted()
    {
        using var reader = Open("\n{\"text\": \"a\", \"label\": \"x\"}\n   \n\r\n{\"text\": \"b\", \"label\": \"y\"}\n");

        var rows = reader.ReadRecords().ToArray();

        Assert.Equal([1L, 2], rows.Select(r => r.Row));
        Assert.Equal([2L, 5], rows.Select(r => r.Line));
        Assert.Equal(3, reader.BlankLines);
    }

    [Fact]
    public void Read_BrokenLine_IsAMalformedRowAndReadingGoesOn()
    {
        var rows = Read("{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": \"b\", \"label\n{\"text\": \"c\", \"label\": \"z\"}\n");

        Assert.Equal(RowProblemKind.Malformed, rows[1].Problem!.Kind);
        Assert.Contains("not valid JSON", rows[1].Problem!.Message, StringComparison.Ordinal);
        Assert.Null(rows[2].Problem);
    }

    [Fact]
    public void Read_NonObject_IsAMalformedRow() =>
        Assert.Contains("expected an object", Read("[1, 2]\n")[0].Problem!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_WrongType_NamesTheField()
    {
        var problem = Read("{\"text\": [\"a\"], \"label\": \"x\"}\n")[0].Problem!;

        Assert.Equal(RowProblemKind.WrongField, problem.Kind);
        Assert.Equal("text", problem.Column);
        Assert.Contains("array", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingLabel_NamesTheField()
    {
        var problem = Read("{\"text\": \"a\"}\n")[0].Problem!;

        Assert.Equal("label", problem.Column);
        Assert.Contains("missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAnEncodingProblem()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\": \"a").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\", \"label\": \"x\"}\n")).ToArray();
        using var reader = ArticleReaders.Open(_folder.Write("bad.jsonl", bytes), Labelled);

        Assert.Equal(RowProblemKind.InvalidEncoding, reader.ReadRecords().Single().Problem!.Kind);
    }

    [Fact]
    public void Read_StandardInput_IsJsonLines()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\": \"dari stdin\", \"label\": \"x\"}"));
        using var reader = ArticleReaders.Open(ArticleReaders.StandardStream, Labelled, standardInput: input);

        Assert.Equal("dari stdin", reader.ReadRecords().Single().Text);
    }

    private ArticleRecord[] Read(string content)
    {
        using var reader = Open(content);
        return reader.ReadRecords().ToArray();
    }

    private IArticleReader Open(string content) => ArticleReaders.Open(_folder.Write("data.jsonl", content), Labelled);
}
