namespace NewsClassifier.Training.Data;

/// <summary>Opens input files with messages that say what is wrong with the path.</summary>
internal static class InputFiles
{
    /// <summary>Checks the path, then opens it; I/O failures become <see cref="DataFileException"/>s.</summary>
    public static T Open<T>(string path, Func<string, T> open)
    {
        if (Directory.Exists(path))
        {
            throw new DataFileException(path, "is a folder; give a file");
        }

        if (!File.Exists(path))
        {
            throw new DataFileException(path, "file not found");
        }

        try
        {
            return open(path);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DataFileException(path, "cannot be read: permission denied", inner: e);
        }
        catch (IOException e)
        {
            throw new DataFileException(path, $"cannot be read ({e.Message})", inner: e);
        }
    }

    /// <summary>The file's length, or null for standard input.</summary>
    public static long? Length(string path) => File.Exists(path) ? new FileInfo(path).Length : null;
}
