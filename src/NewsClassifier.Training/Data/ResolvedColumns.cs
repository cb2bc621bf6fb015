namespace NewsClassifier.Training.Data;

/// <summary>The columns of a request, checked against the columns a file really has.</summary>
public sealed record ResolvedColumns(string? IdColumn, IReadOnlyList<string> TextColumns, IReadOnlyList<string> LabelColumns)
{
    /// <summary>Checks the request against the file's columns; fails naming the missing column.</summary>
    /// <exception cref="DataFileException">A named column is missing, a header name repeats, or no text column exists.</exception>
    public static ResolvedColumns Resolve(string file, IReadOnlyList<string> columns, ColumnRequest request)
    {
        EnsureUnique(file, columns);
        var present = new HashSet<string>(columns, StringComparer.Ordinal);
        var available = string.Join(", ", columns.Select(c => $"'{c}'"));

        void Require(string column, string role)
        {
            if (!present.Contains(column))
            {
                throw new DataFileException(file, $"the {role} column is missing (columns are {available})", column: column);
            }
        }

        IReadOnlyList<string> text;
        if (request.TextColumns is { Count: > 0 } named)
        {
            foreach (var column in named)
            {
                Require(column, "text");
            }

            text = named;
        }
        else
        {
            text = ColumnRequest.DefaultTextColumns.Where(present.Contains).ToArray();
            if (text.Count == 0)
            {
                throw new DataFileException(
                    file, $"no text column: the file has neither 'title' nor 'text'; name them with --text (columns are {available})");
            }
        }

        var labels = request.LabelColumns ?? [];
        foreach (var column in labels)
        {
            Require(column, "label");
        }

        string? id = null;
        if (request.IdColumn is { } idColumn)
        {
            Require(idColumn, "id");
            id = idColumn;
        }
        else if (present.Contains(ColumnRequest.DefaultIdColumn))
        {
            id = ColumnRequest.DefaultIdColumn;
        }

        return new ResolvedColumns(id, text, labels);
    }

    private static void EnsureUnique(string file, IReadOnlyList<string> columns)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            if (seen.TryGetValue(columns[i], out var first))
            {
                throw new DataFileException(
                    file, $"the header names this column twice (fields {first + 1} and {i + 1}); names must be unique", row: null, column: columns[i]);
            }

            seen[columns[i]] = i;
        }
    }
}
