using System.Text.Json;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Data;
using Xunit;

namespace NewsClassifier.Training.Tests.Data;

/// <summary>
/// Property tests with FsCheck: arbitrary bytes never make a reader throw anything but a
/// <see cref="DataFileException"/>, and valid rows written by a real writer read back unchanged.
/// </summary>
public class ReaderPropertyTests : IDisposable
{
    private const int Cases = 10_000;
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(Cases);
    private static readonly ColumnRequest Labelled = new(LabelColumns: ["label"]);

    // Pieces that make CSV and JSON interesting: separators, quotes, line breaks, braces, invalid UTF-8,
    // NUL, a byte order mark, multi-byte letters.
    private static readonly byte[][] Pieces =
    [
        "a"u8.ToArray(), "text"u8.ToArray(), ","u8.ToArray(), "\""u8.ToArray(), "\"\""u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(),
        "\r"u8.ToArray(), " "u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), ":"u8.ToArray(), "["u8.ToArray(), "null"u8.ToArray(),
        "\"text\":"u8.ToArray(), "\"label\":"u8.ToArray(), "1"u8.ToArray(), [0x00], [0xFF], [0xC3], [0xE2, 0x82], "é"u8.ToArray(),
        "日本"u8.ToArray(), [0xEF, 0xBB, 0xBF],
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ArbitraryBytes_NeverCrashTheCsvReader() =>
        Check.One(Checks, Prop.ForAll(Garbage("id,text,label\n"u8.ToArray()).ToArbitrary(), bytes => ReadsOrRefuses("fuzz.csv", bytes)));

    [Fact]
    public void ArbitraryBytes_NeverCrashTheJsonLinesReader() =>
        Check.One(Checks, Prop.ForAll(Garbage([]).ToArbitrary(), bytes => ReadsOrRefuses("fuzz.jsonl", bytes)));

    [Fact]
    public void ValidRows_RoundTripThroughCsv() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Rows().ToArbitrary(), rows =>
        {
            var path = _folder.File("rows.csv");
            using (var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default))
            {
                foreach (var field in new[] { "id", "text", "label" })
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
                foreach (var (id, text, label) in rows)
                {
                    csv.WriteField(id);
                    csv.WriteField(text);
                    csv.WriteField(label);
                    csv.EndRecord();
                }
            }

            return ReadBack(path).SequenceEqual(rows);
        }));

    [Fact]
    public void ValidRows_RoundTripThroughJsonLines() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Rows().ToArbitrary(), rows =>
        {
            var path = _folder.Write("rows.jsonl", string.Concat(rows.Select(r => JsonSerializer.Serialize(new { id = r.Id, text = r.Text, label = r.Label }) + "\n")));
            return ReadBack(path).SequenceEqual(rows);
        }));

    private bool ReadsOrRefuses(string name, byte[] bytes)
    {
        var path = _folder.Write(name, bytes);
        try
        {
            using var reader = ArticleReaders.Open(path, Labelled);
            foreach (var record in reader.ReadRecords())
            {
                // Every row is either usable or says what is wrong with it.
                if (record.Problem is null && (string.IsNullOrWhiteSpace(record.Text) || record.Text.Contains('\0', StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }
        catch (DataFileException)
        {
            // A file that cannot be read at all is refused with a message: also fine.
        }

        return true;
    }

    private static (string Id, string Text, string Label)[] ReadBack(string path)
    {
        using var reader = ArticleReaders.Open(path, Labelled);
        return reader.ReadRecords().Select(r => (r.Id ?? "", r.Text, r.Labels.Count > 0 ? r.Labels[0] : "")).ToArray();
    }

    private static Gen<byte[]> Garbage(byte[] prefix) =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => prefix.Concat(pieces.SelectMany(p => p)).ToArray());

    /// <summary>Rows a user could write: text with quotes, commas, line breaks and any letters, no surrounding whitespace.</summary>
    private static Gen<(string Id, string Text, string Label)[]> Rows()
    {
        var characters = Gen.Elements("abcXYZ019 ,;\"'\n\r\téüß日本語—“”‘’{}[]:".ToCharArray());
        var text = Gen.NonEmptyListOf(characters).Select(chars => new string([.. chars]).Trim()).Where(t => t.Length > 0);
        var id = Gen.Choose(0, 1_000_000).Select(n => $"r{n}");
        var label = Gen.Elements("politics", "sport", "ekonomi dan bisnis");
        var row = Gen.Zip(id, Gen.Zip(text, label)).Select(t => (t.Item1, t.Item2.Item1, t.Item2.Item2));
        return Gen.NonEmptyListOf(row).Select(rows => rows.ToArray());
    }
}
