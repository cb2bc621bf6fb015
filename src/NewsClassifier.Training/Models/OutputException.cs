namespace NewsClassifier.Training.Models;

/// <summary>An output (model, scores, report) cannot be written; nothing half-written is left at its path.</summary>
public sealed class OutputException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public OutputException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner) => Path = path;

    /// <summary>Creates the exception with a message only.</summary>
    public OutputException(string message)
        : base(message) => Path = "";

    /// <summary>Creates the exception with a message and a cause.</summary>
    public OutputException(string message, Exception inner)
        : base(message, inner) => Path = "";

    /// <summary>Creates the exception with no message.</summary>
    public OutputException()
        : this("output cannot be written")
    {
    }

    /// <summary>The output path.</summary>
    public string Path { get; }

    /// <summary>Runs a write, turning I/O failures into an <see cref="OutputException"/> for <paramref name="path"/>.</summary>
    public static T Guard<T>(string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputException(path, "cannot be written: permission denied", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new OutputException(path, "cannot be written: its folder does not exist", e);
        }
        catch (IOException e)
        {
            throw new OutputException(path, $"cannot be written ({e.Message})", e);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "value")
        {
            // .NET reports EFBIG (the file-size limit, as a full quota or `ulimit -f` gives) this way.
            throw new OutputException(path, $"cannot be written: the file would exceed the size the system allows ({e.Message})", e);
        }
    }

    /// <summary>Runs a write, turning I/O failures into an <see cref="OutputException"/> for <paramref name="path"/>.</summary>
    public static void Guard(string path, Action write) => Guard(path, () =>
    {
        write();
        return true;
    });
}
