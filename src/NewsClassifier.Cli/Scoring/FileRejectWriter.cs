using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NewsClassifier.Training.Data;

namespace NewsClassifier.Cli.Scoring;

/// <summary>A rejects file, CSV or JSON Lines by its extension, with columns row, line, id, column, reason.</summary>
internal sealed class FileRejectWriter : IRejectWriter
{
    private readonly OutputFile _file;
    private CsvWriter? _csv;

    public FileRejectWriter(string path, CliIO io)
    {
        _file = OutputFile.Open(path, io);
        if (ArticleReaders.FormatOf(path) == DataFormat.Csv)
        {
            _csv = CsvWriter.Create(_file.Writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            foreach (var name in new[] { "row", "line", "id", "column", "reason" })
            {
                _csv.WriteField(name);
            }

            _csv.EndRecord();
        }
    }

    public string Path => _file.Path;

    public void Write(ArticleRecord record, RowProblem problem)
    {
        if (_csv is not null)
        {
            _csv.WriteField(record.Row.ToString(CultureInfo.InvariantCulture));
            _csv.WriteField(record.Line.ToString(CultureInfo.InvariantCulture));
            _csv.WriteField(record.Id ?? "");
            _csv.WriteField(problem.Column ?? "");
            _csv.WriteField(problem.Message);
            _csv.EndRecord();
            return;
        }

        _file.Writer.Write(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["row"] = record.Row,
            ["line"] = record.Line,
            ["id"] = record.Id,
            ["column"] = problem.Column,
            ["reason"] = problem.Message,
        }, RejectJsonContext.Default.DictionaryStringObject));
        _file.Writer.Write('\n');
    }

    public void Commit()
    {
        // The CSV writer flushes into the file on disposal, so it goes before the file is committed.
        _csv?.Dispose();
        _csv = null;
        _file.Commit();
    }

    public void Dispose()
    {
        try
        {
            _csv?.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException or ObjectDisposedException)
        {
            // Only while a failed run unwinds: the file is discarded next.
        }

        _file.Dispose();
    }
}
