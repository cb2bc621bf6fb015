namespace NewsClassifier.Training.Models;

/// <summary>
/// Writes a file so that the target path only ever holds a complete file: the content goes to a
/// temporary file beside the target, which is renamed over it at the end. A crash or Ctrl+C leaves at
/// most a hidden temporary file, never a half-written target.
/// </summary>
public static class AtomicFile
{
    /// <summary>A fresh temporary path in the target's folder (same file system, so the rename is atomic).</summary>
    public static string TemporaryPathFor(string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        return Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Moves the finished temporary file over the target.</summary>
    public static void Commit(string temporaryPath, string target) => File.Move(temporaryPath, target, overwrite: true);

    /// <summary>Removes a temporary file after a failure; never throws.</summary>
    public static void Discard(string temporaryPath)
    {
        try
        {
            File.Delete(temporaryPath);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
