namespace NewsClassifier.Cli;

/// <summary>The streams a command talks through; tests give writers and a stream of their own.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: progress, warnings, errors.</param>
/// <param name="In">Standard input, opened when a command reads "-".</param>
/// <param name="ErrorIsTerminal">Whether standard error is an interactive terminal (for progress bars).</param>
internal sealed record CliIO(TextWriter Out, TextWriter Error, Func<Stream> In, bool ErrorIsTerminal = false)
{
    /// <summary>The process's own console.</summary>
    public static CliIO FromConsole() => new(
        Console.Out, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);

    public void Warn(string message) => Error.WriteLine($"warning: {message}");

    public void Info(string message) => Error.WriteLine(message);
}
