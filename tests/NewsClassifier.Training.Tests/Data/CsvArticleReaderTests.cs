using System.Text;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Data;
using Xunit;

namespace NewsClassifier.Training.Tests.Data;

public class CsvArticleReaderTests : IDisposable
{
    private static readonly ColumnRequest Labelled = new(LabelColumns: ["label"]);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_QuotedMultiLineFields_JoinsTitleAndTextAndKeepsLineNumbers()
    {
        var path = _folder.Write("data.csv", "id,title,text,label\n1,Judul,\"baris satu\nbaris \"\"dua\"\"\",sport\n2,T,isi,economy\n");

        var rows = Read(path, Labelled);

        Assert.Equal(2, rows.Length);
        Assert.Equal("Judul\n\nbaris satu\nbaris \"dua\"", rows[0].Text);
        Assert.Equal(["sport"], rows[0].Labels);
        Assert.Equal("1", rows[0].Id);
        Assert.Equal((2L, 4L), (rows[1].Row, rows[1].Line));
    }

    [Fact]
    public void Read_ByteOrderMarkAndMixedLineEndings_AreReadAsUsual()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id,text,label\r\n1,satu,a\n2,dua,b\r\n")).ToArray();
        var rows = Read(_folder.Write("bom.csv", bytes), Labelled);

        Assert.Equal(["satu", "dua"], rows.Select(r => r.Text));
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Read_UnclosedQuote_IsAProblemRowNamingTheColumn()
    {
        var path = _folder.Write("bad.csv", "id,text,label\n1,ok,a\n2,\"never closed,b\n3,more,c\n");

        var rows = Read(path, Labelled);

        Assert.Equal(2, rows.Length);
        var bad = rows[1];
        Assert.Equal(RowProblemKind.Malformed, bad.Problem!.Kind);
        Assert.Equal("text", bad.Problem.Column);
        Assert.Equal((2L, 3L), (bad.Row, bad.Line));
        Assert.Equal("2", bad.Id);
        Assert.Contains("never closed", bad.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCount_IsAProblemRowAndReadingGoesOn()
    {
        var path = _folder.Write("count.csv", "id,text,label\n1,a,x\n2,b\n3,c,y,extra\n4,d,z\n");

        var rows = Read(path, Labelled);

        Assert.Equal([1L, 2, 3, 4], rows.Select(r => r.Row));
        Assert.Contains("wrong number of fields: 2, the header has 3", rows[1].Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("wrong number of fields: 4", rows[2].Problem!.Message, StringComparison.Ordinal);
        Assert.Null(rows[3].Problem);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAProblemRowNamingTheColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("id,text,label\n1,ab").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("c,x\n2,ok,y\n")).ToArray();

        var rows = Read(_folder.Write("latin.csv", bytes), Labelled);

        Assert.Equal(RowProblemKind.InvalidEncoding, rows[0].Problem!.Kind);
        Assert.Equal("text", rows[0].Problem!.Column);
        Assert.Null(rows[1].Problem);
    }

    [Fact]
    public void Read_NulCharacters_AreAProblemRow()
    {
        var rows = Read(_folder.Write("nul.csv", "id,text,label\n1,a\0b,x\n"), Labelled);

        Assert.Equal(RowProblemKind.InvalidEncoding, rows[0].Problem!.Kind);
    }

    [Fact]
    public void Read_WhitespaceOnlyText_IsAnEmptyTextProblem()
    {
        var rows = Read(_folder.Write("blank.csv", "id,title,text,label\n1,\"  \",\"\n \",x\n"), Labelled);

        Assert.Equal(RowProblemKind.EmptyText, rows[0].Problem!.Kind);
    }

    [Fact]
    public void Read_TextLongerThanTheLimit_IsCutAndFlagged()
    {
        var limits = new ReaderLimits { MaxTextLength = 10 };
        using var reader = ArticleReaders.Open(_folder.Write("long.csv", "id,text,label\n1,abcdefghijklmnop,x\n"), Labelled, limits);

        var row = reader.ReadRecords().Single();

        Assert.Equal("abcdefghij", row.Text);
        Assert.True(row.Truncated);
    }

    [Fact]
    public void Read_FieldLargerThanTheLimit_IsRejectedAsTooLarge()
    {
        var limits = new ReaderLimits { MaxFieldBytes = 1000 };
        var path = _folder.Write("huge.csv", $"id,text,label\n1,{new string('a', 5000)},x\n2,ok,y\n");
        using var reader = ArticleReaders.Open(path, Labelled, limits);

        var rows = reader.ReadRecords().ToArray();

        Assert.Equal(RowProblemKind.FieldTooLarge, rows[0].Problem!.Kind);
        Assert.Null(rows[1].Problem);
    }

    [Fact]
    public void Open_MissingLabelColumn_NamesItAndTheColumnsThereAre()
    {
        var path = _folder.Write("nolabel.csv", "id,text\n1,a\n");

        var e = Assert.Throws<DataFileException>(() => ArticleReaders.Open(path, new ColumnRequest(LabelColumns: ["topic"])));

        Assert.Equal("topic", e.Column);
        Assert.Contains("'id', 'text'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoTextColumn_AsksForTextOption()
    {
        var path = _folder.Write("notext.csv", "id,body,label\n1,a,x\n");

        var e = Assert.Throws<DataFileException>(() => ArticleReaders.Open(path, Labelled));

        Assert.Contains("--text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DuplicateHeaderName_IsRefused()
    {
        var path = _folder.Write("dup.csv", "id,text,text,label\n1,a,b,x\n");

        var e = Assert.Throws<DataFileException>(() => ArticleReaders.Open(path, Labelled));

        Assert.Equal("text", e.Column);
        Assert.Contains("twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_SaysAHeaderIsExpected()
    {
        var e = Assert.Throws<DataFileException>(() => ArticleReaders.Open(_folder.Write("empty.csv", ""), Labelled));

        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFileOrFolder_SaysWhich()
    {
        Assert.Contains("not found", Assert.Throws<DataFileException>(() => ArticleReaders.Open(_folder.File("none.csv"), Labelled)).Message, StringComparison.Ordinal);
        Directory.CreateDirectory(_folder.File("dir.csv"));
        Assert.Contains("is a folder", Assert.Throws<DataFileException>(() => ArticleReaders.Open(_folder.File("dir.csv"), Labelled)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownExtension_NamesTheFormatsAccepted()
    {
        var e = Assert.Throws<DataFileException>(() => ArticleReaders.Open(_folder.Write("data.xlsx", "x"), Labelled));

        Assert.Contains(".csv or .jsonl", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_HasNoRows() =>
        Assert.Empty(Read(_folder.Write("header.csv", "id,text,label\n"), Labelled));

    private static ArticleRecord[] Read(string path, ColumnRequest request)
    {
        using var reader = ArticleReaders.Open(path, request);
        return reader.ReadRecords().ToArray();
    }
}
