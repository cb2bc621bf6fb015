using System.CommandLine;

namespace NewsClassifier.Cli.Commands.Clean;

/// <summary>The <c>clean</c> command's definition.</summary>
internal sealed class CleanCommand : Command
{
    public readonly Argument<string?> Text = new("TEXT")
    {
        Description = "The article text [default: --file, else standard input]",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public readonly Option<string> File = CommonOptions.File("Read the article from this file");

    public CleanCommand(CliIO io)
        : base("clean", "Print the article as the models see it, after page debris is removed")
    {
        Add(Text);
        Add(File);
        SetAction((parse, cancellationToken) => new CleanAction(io, this).RunAsync(parse, cancellationToken));
    }
}
