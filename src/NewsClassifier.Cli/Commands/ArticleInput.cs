using NewsClassifier.Training.Data;

namespace NewsClassifier.Cli.Commands;

/// <summary>The one article <c>predict</c> and <c>clean</c> read: the argument, <c>--file</c>, or standard input.</summary>
internal static class ArticleInput
{
    public static string Read(string? text, string? file, CliIO io)
    {
        if (text is not null && file is not null)
        {
            throw new UsageException("give the article as an argument or with --file, not both");
        }

        if (text is not null)
        {
            return text;
        }

        if (file is not null && file != ArticleReaders.StandardStream)
        {
            if (Directory.Exists(file))
            {
                throw new DataFileException(file, "is a folder; give a file");
            }

            try
            {
                return System.IO.File.ReadAllText(file);
            }
            catch (FileNotFoundException e)
            {
                throw new DataFileException(file, "file not found", inner: e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DataFileException(file, $"cannot be read ({e.Message})", inner: e);
            }
        }

        using var reader = new StreamReader(io.In());
        return reader.ReadToEnd();
    }
}
