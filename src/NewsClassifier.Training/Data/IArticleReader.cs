namespace NewsClassifier.Training.Data;

/// <summary>Reads the rows of one input file, streaming, with every row's problem reported rather than thrown.</summary>
public interface IArticleReader : IDisposable
{
    /// <summary>The file's path as given ("-" for standard input).</summary>
    string Path { get; }

    /// <summary>The columns used, resolved against the file.</summary>
    ResolvedColumns Columns { get; }

    /// <summary>Bytes of the file read so far, for progress.</summary>
    long BytesRead { get; }

    /// <summary>The file's size in bytes, or null for a stream of unknown length.</summary>
    long? TotalBytes { get; }

    /// <summary>Blank lines passed over (they are not rows).</summary>
    long BlankLines { get; }

    /// <summary>Every row, in file order, each with its problem if it has one.</summary>
    /// <exception cref="DataFileException">The file cannot be read on (an I/O error, or a record beyond the size limit).</exception>
    IEnumerable<ArticleRecord> ReadRecords(CancellationToken cancellationToken = default);
}
