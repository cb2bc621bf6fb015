using System.Globalization;

namespace NewsClassifier.Training.Data;

/// <summary>
/// An input file that cannot be used: missing, unreadable, malformed, or without a needed column. The
/// message names the file and, where they apply, the row, line and column.
/// </summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception for a problem at a place in a file.</summary>
    public DataFileException(string file, string problem, long? row = null, long? line = null, string? column = null, Exception? inner = null)
        : base(Describe(file, problem, row, line, column), inner)
    {
        File = file;
        Row = row;
        Line = line;
        Column = column;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DataFileException(string message)
        : base(message) => File = "";

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DataFileException(string message, Exception inner)
        : base(message, inner) => File = "";

    /// <summary>Creates the exception with no message.</summary>
    public DataFileException()
        : this("input data error")
    {
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based data row (header not counted), when the problem is in a row.</summary>
    public long? Row { get; }

    /// <summary>The 1-based line of the file where that row starts.</summary>
    public long? Line { get; }

    /// <summary>The column at fault, when one is.</summary>
    public string? Column { get; }

    /// <summary>Formats a place in a file the way every message of the tool does: <c>file: row 3 (line 7), column 'text': problem</c>.</summary>
    public static string Describe(string file, string problem, long? row = null, long? line = null, string? column = null)
    {
        var place = file;
        if (row is { } r)
        {
            place += string.Create(CultureInfo.InvariantCulture, $": row {r}");
            if (line is { } l && l > 0)
            {
                place += string.Create(CultureInfo.InvariantCulture, $" (line {l})");
            }
        }

        if (column is not null)
        {
            place += $", column '{column}'";
        }

        return $"{place}: {problem}";
    }
}
