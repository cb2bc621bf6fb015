using System.Security.Cryptography;

namespace NewsClassifier.Training.Data;

/// <summary>
/// Reads a whole labelled file for training or evaluation. Any broken row stops the run with a message
/// naming file, row and column; rows with empty text are skipped, counted and reported.
/// </summary>
public static class LabelledFile
{
    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <exception cref="DataFileException">The file, or one of its rows, cannot be used.</exception>
    public static LabelledData Read(string path, ColumnRequest request, ReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var rows = new List<LabelledRow>();
        var empty = new List<long>();
        var truncated = 0;
        ResolvedColumns columns;
        using (var reader = ArticleReaders.Open(path, request, limits))
        {
            columns = reader.Columns;
            foreach (var record in reader.ReadRecords(cancellationToken))
            {
                if (record.Problem is { Kind: RowProblemKind.EmptyText })
                {
                    empty.Add(record.Row);
                    continue;
                }

                if (record.Problem is { } problem)
                {
                    throw new DataFileException(path, problem.Message, record.Row, record.Line, problem.Column);
                }

                truncated += record.Truncated ? 1 : 0;
                rows.Add(new LabelledRow(record.Row, record.Id, record.Text, record.Labels));
            }
        }

        if (rows.Count == 0)
        {
            throw new DataFileException(path, empty.Count > 0 ? "every row has empty text" : "the file has no data rows");
        }

        return new LabelledData(path, Sha256Of(path), columns, rows, empty, truncated);
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
