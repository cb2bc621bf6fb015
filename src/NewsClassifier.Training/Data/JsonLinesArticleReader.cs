using System.Text.Json;
using System.Text.Unicode;

namespace NewsClassifier.Training.Data;

/// <summary>
/// Reads JSON Lines: one object per line, parsed with System.Text.Json. A JSON Lines file has no header,
/// so columns are checked on each row: a row that lacks a needed field, or holds one of the wrong type,
/// is a problem row, as is a line that is not a JSON object. Blank lines are passed over and counted.
/// </summary>
internal sealed class JsonLinesArticleReader : IArticleReader
{
    private readonly Utf8LineReader _lines;
    private readonly ReaderLimits _limits;

    public JsonLinesArticleReader(string path, Stream stream, ColumnRequest request, ReaderLimits limits)
    {
        Path = path;
        _limits = limits;
        TotalBytes = stream.CanSeek ? stream.Length : null;
        _lines = new Utf8LineReader(stream, limits.MaxFieldBytes);
        Columns = new ResolvedColumns(
            request.IdColumn ?? ColumnRequest.DefaultIdColumn,
            request.TextColumns is { Count: > 0 } text ? text : ColumnRequest.DefaultTextColumns,
            request.LabelColumns ?? []);
    }

    public string Path { get; }

    public ResolvedColumns Columns { get; }

    public long BytesRead => _lines.BytesRead;

    public long? TotalBytes { get; }

    public long BlankLines { get; private set; }

    public IEnumerable<ArticleRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        long row = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlyMemory<byte> line;
            bool tooLong;
            try
            {
                if (!_lines.TryReadLine(out line, out tooLong))
                {
                    yield break;
                }
            }
            catch (IOException e)
            {
                throw new DataFileException(Path, $"read failed ({e.Message})", row: row + 1, inner: e);
            }

            if (!tooLong && IsBlank(line.Span))
            {
                BlankLines++;
                continue;
            }

            yield return Parse(++row, _lines.LineNumber, line, tooLong);
        }
    }

    public void Dispose() => _lines.Dispose();

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private ArticleRecord Parse(long row, long line, ReadOnlyMemory<byte> bytes, bool tooLong)
    {
        ArticleRecord Reject(RowProblemKind kind, string message, string? column = null, string? id = null) =>
            new(row, line, id, "", [], new RowProblem(kind, message, column));

        if (tooLong)
        {
            return Reject(RowProblemKind.FieldTooLarge, $"line too large: more than {_limits.MaxFieldBytes:N0} bytes");
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            return Reject(RowProblemKind.InvalidEncoding, "invalid UTF-8 bytes: save the file as UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return Reject(RowProblemKind.Malformed, $"not valid JSON: {e.Message}", column: null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Reject(RowProblemKind.Malformed, $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, expected an object");
            }

            var fields = new JsonFields(root);
            var id = fields.Optional(Columns.IdColumn!, out var idProblem);
            if (idProblem is not null)
            {
                return Reject(RowProblemKind.WrongField, idProblem, Columns.IdColumn);
            }

            var parts = new List<string?>();
            var anyText = false;
            foreach (var column in Columns.TextColumns)
            {
                var value = fields.Optional(column, out var problem);
                if (problem is not null)
                {
                    return Reject(RowProblemKind.WrongField, problem, column, id);
                }

                if (value is not null && value.Contains('\0', StringComparison.Ordinal))
                {
                    return Reject(RowProblemKind.InvalidEncoding, ArticleText.NulMessage, column, id);
                }

                anyText |= value is not null;
                parts.Add(value);
            }

            if (!anyText)
            {
                var expected = string.Join(" or ", Columns.TextColumns.Select(c => $"'{c}'"));
                return Reject(RowProblemKind.WrongField, $"no text field: expected {expected}", Columns.TextColumns[0], id);
            }

            var labels = new string[Columns.LabelColumns.Count];
            for (var i = 0; i < labels.Length; i++)
            {
                var column = Columns.LabelColumns[i];
                var value = fields.Optional(column, out var problem);
                if (problem is not null || value is null)
                {
                    return Reject(RowProblemKind.WrongField, problem ?? "missing field", column, id);
                }

                labels[i] = value.Trim();
            }

            var text = ArticleText.Join(parts);
            if (ArticleText.Check(text, Columns.TextColumns) is { } textProblem)
            {
                return new ArticleRecord(row, line, id, "", labels, textProblem);
            }

            var (limited, truncated) = ArticleText.Limit(text, _limits.MaxTextLength);
            return new ArticleRecord(row, line, id, limited, labels, null, truncated);
        }
    }
}
