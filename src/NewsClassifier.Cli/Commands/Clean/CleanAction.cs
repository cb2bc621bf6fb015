using System.CommandLine;
using NewsClassifier.Prediction.Cleaning;

namespace NewsClassifier.Cli.Commands.Clean;

/// <summary>Runs <c>clean</c>: the cleaned text on standard output, what was removed summarised on standard error.</summary>
internal sealed class CleanAction(CliIO io, CleanCommand command)
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(io, _ => Task.FromResult(Run(parse)), cancellationToken);

    private int Run(ParseResult parse)
    {
        var text = ArticleInput.Read(parse.GetValue(command.Text), parse.GetValue(command.File), io);
        var cleaned = ArticleCleaner.Clean(text);
        io.Out.WriteLine(cleaned);
        io.Info($"cleaning version {ArticleCleaner.Version}: kept {cleaned.Length:N0} of {text.Length:N0} characters");
        return ExitCodes.Success;
    }
}
