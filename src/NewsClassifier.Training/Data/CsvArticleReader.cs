using System.Globalization;
using System.Text.Unicode;
using CsvHelper;

namespace NewsClassifier.Training.Data;

/// <summary>
/// Reads an RFC 4180 CSV file with a header row through CsvHelper. Malformed records are skipped by
/// CsvHelper and reported here as problem rows in their place, so a caller can account for every row.
/// </summary>
internal sealed class CsvArticleReader : IArticleReader
{
    private readonly CsvReader _reader;
    private readonly ReaderLimits _limits;
    private readonly Queue<CsvMalformedRecord> _malformed = new();
    private readonly int[] _textIndexes;
    private readonly int[] _labelIndexes;
    private readonly int _idIndex;
    private readonly string[] _header;

    public CsvArticleReader(string path, ColumnRequest request, ReaderLimits limits)
    {
        Path = path;
        _limits = limits;
        TotalBytes = InputFiles.Length(path);
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            Separator = ',',
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            TrackLineNumbers = true,
            MaxRecordSize = limits.MaxRecordBytes,
            OnMalformedRecord = _malformed.Enqueue,
        };
        _reader = InputFiles.Open(path, p => CsvReader.FromFile(p, options));
        try
        {
            var header = _header = ReadHeader();
            Columns = ResolvedColumns.Resolve(path, header, request);
            _textIndexes = Columns.TextColumns.Select(c => Array.IndexOf(header, c)).ToArray();
            _labelIndexes = Columns.LabelColumns.Select(c => Array.IndexOf(header, c)).ToArray();
            _idIndex = Columns.IdColumn is { } id ? Array.IndexOf(header, id) : -1;
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public ResolvedColumns Columns { get; }

    public long BytesRead => _reader.ByteOffset;

    public long? TotalBytes { get; }

    // CsvHelper passes over empty lines itself and does not count them.
    public long BlankLines => 0;

    public IEnumerable<ArticleRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        long row = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hasRecord = ReadNext(row);
            while (_malformed.TryDequeue(out var bad))
            {
                yield return FromMalformed(++row, bad);
            }

            if (!hasRecord)
            {
                yield break;
            }

            yield return FromRecord(++row);
        }
    }

    public void Dispose() => _reader.Dispose();

    private string[] ReadHeader()
    {
        try
        {
            var header = _reader.Headers.ToArray();
            return header.Length > 0 ? header : throw new DataFileException(Path, "file is empty: expected a header row of column names");
        }
        catch (CsvFormatException e)
        {
            throw new DataFileException(Path, $"the header row is malformed ({e.Message})", inner: e);
        }
        catch (IOException e)
        {
            throw new DataFileException(Path, $"cannot be read ({e.Message})", inner: e);
        }
    }

    private bool ReadNext(long rowsSoFar)
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw new DataFileException(
                Path,
                $"cannot read on: {e.Message} (a record larger than {_limits.MaxRecordBytes:N0} bytes, usually an unclosed quote)",
                row: rowsSoFar + 1,
                line: e.LineNumber,
                inner: e);
        }
        catch (IOException e)
        {
            throw new DataFileException(Path, $"read failed ({e.Message})", row: rowsSoFar + 1, inner: e);
        }
    }

    private ArticleRecord FromRecord(long row)
    {
        var line = _reader.LineNumber;
        var id = _idIndex >= 0 ? _reader.GetString(_idIndex) : null;
        var problem = CheckFields(_textIndexes) ?? CheckFields(_labelIndexes) ?? CheckFields(_idIndex >= 0 ? [_idIndex] : []);
        if (problem is not null)
        {
            return new ArticleRecord(row, line, id, "", [], problem);
        }

        var text = ArticleText.Join(_textIndexes.Select(_reader.GetString));
        var labels = _labelIndexes.Select(i => _reader.GetString(i).Trim()).ToArray();
        if (ArticleText.Check(text, Columns.TextColumns) is { } textProblem)
        {
            return new ArticleRecord(row, line, id, "", labels, textProblem);
        }

        var (limited, truncated) = ArticleText.Limit(text, _limits.MaxTextLength);
        return new ArticleRecord(row, line, id, limited, labels, null, truncated);
    }

    private RowProblem? CheckFields(int[] indexes)
    {
        foreach (var index in indexes)
        {
            var raw = _reader.GetRawSpan(index);
            var column = _header[index];
            if (raw.Length > _limits.MaxFieldBytes)
            {
                return new RowProblem(
                    RowProblemKind.FieldTooLarge, $"field too large: {raw.Length:N0} bytes, limit {_limits.MaxFieldBytes:N0}", column);
            }

            if (!Utf8.IsValid(raw))
            {
                return new RowProblem(RowProblemKind.InvalidEncoding, "invalid UTF-8 bytes: save the file as UTF-8", column);
            }

            if (raw.Contains((byte)0))
            {
                return new RowProblem(RowProblemKind.InvalidEncoding, ArticleText.NulMessage, column);
            }
        }

        return null;
    }

    private ArticleRecord FromMalformed(long row, CsvMalformedRecord bad)
    {
        var (fields, badField) = CsvRawRecord.Split(bad.RawRecord);
        var id = _idIndex >= 0 && _idIndex < fields.Count && (badField < 0 || _idIndex < badField) ? fields[_idIndex] : null;
        string? column = badField >= 0 && badField < _header.Length ? _header[badField] : null;
        var message = bad.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote =>
                "a quoted field is never closed, so every line after it was read into this one broken row; close the quote",
            CsvMalformedReason.StrayQuote =>
                "a quote inside an unquoted field; quote the whole field and double the inner quote (\"\")",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
            CsvMalformedReason.FieldCountMismatch => string.Create(
                CultureInfo.InvariantCulture, $"wrong number of fields: {fields.Count}, the header has {_header.Length}"),
            _ => $"malformed record ({bad.Reason})",
        };
        return new ArticleRecord(row, bad.LineNumber, id, "", [], new RowProblem(RowProblemKind.Malformed, message, column));
    }
}
