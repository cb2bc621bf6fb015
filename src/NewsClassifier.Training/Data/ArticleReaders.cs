namespace NewsClassifier.Training.Data;

/// <summary>Opens the right reader for a file by its extension: <c>.csv</c>, or <c>.jsonl</c>/<c>.ndjson</c>; "-" is JSON Lines on standard input.</summary>
public static class ArticleReaders
{
    /// <summary>The path that means standard input or output.</summary>
    public const string StandardStream = "-";

    /// <summary>Opens <paramref name="path"/> for reading the requested columns.</summary>
    /// <exception cref="DataFileException">The file is missing, unreadable, of an unknown format, or lacks a column.</exception>
    public static IArticleReader Open(string path, ColumnRequest request, ReaderLimits? limits = null, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= new ReaderLimits();
        if (path == StandardStream)
        {
            return new JsonLinesArticleReader(path, standardInput ?? Console.OpenStandardInput(), request, limits);
        }

        return FormatOf(path) switch
        {
            DataFormat.Csv => new CsvArticleReader(path, request, limits),
            _ => new JsonLinesArticleReader(path, InputFiles.Open(path, OpenSequential), request, limits),
        };
    }

    /// <summary>The format a path's extension names.</summary>
    /// <exception cref="DataFileException">The extension is neither CSV nor JSON Lines.</exception>
    public static DataFormat FormatOf(string path)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" => DataFormat.Csv,
            ".jsonl" or ".ndjson" => DataFormat.JsonLines,
            _ => throw new DataFileException(path, $"unknown file type '{extension}': use .csv or .jsonl"),
        };
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
