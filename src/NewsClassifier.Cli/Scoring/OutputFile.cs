using System.Text;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Models;

namespace NewsClassifier.Cli.Scoring;

/// <summary>
/// A text output that appears at its path only when complete: written to a temporary file beside the
/// target and renamed by <see cref="Commit"/>; disposed without a commit, the temporary file is removed.
/// "-" writes straight to standard output.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? _temporary;
    private bool _committed;

    private OutputFile(string path, TextWriter writer, string? temporary)
    {
        Path = path;
        Writer = writer;
        _temporary = temporary;
    }

    public string Path { get; }

    public TextWriter Writer { get; }

    /// <exception cref="OutputException">The folder does not exist or cannot be written.</exception>
    public static OutputFile Open(string path, CliIO io)
    {
        if (path == ArticleReaders.StandardStream)
        {
            return new OutputFile(path, io.Out, null);
        }

        if (Directory.Exists(path))
        {
            throw new OutputException(path, "is a folder; give a file name");
        }

        var temporary = AtomicFile.TemporaryPathFor(path);
        var stream = OutputException.Guard(path, () => new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        return new OutputFile(path, new StreamWriter(stream, new UTF8Encoding(false), 1 << 16), temporary);
    }

    /// <summary>Flushes and moves the finished file to its path.</summary>
    public void Commit()
    {
        OutputException.Guard(Path, () =>
        {
            Writer.Flush();
            if (_temporary is not null)
            {
                Writer.Dispose();
                AtomicFile.Commit(_temporary, Path);
            }
        });
        _committed = true;
    }

    public void Dispose()
    {
        if (_temporary is null)
        {
            Writer.Flush();
            return;
        }

        if (!_committed)
        {
            try
            {
                Writer.Dispose();
            }
            catch (Exception e) when (e is IOException or ArgumentOutOfRangeException or UnauthorizedAccessException)
            {
                // The disk may be full; the temporary file goes either way.
            }

            AtomicFile.Discard(_temporary);
        }
    }
}
