using System.CommandLine;

namespace NewsClassifier.Cli.Commands.Predict;

/// <summary>The <c>predict</c> command's definition.</summary>
internal sealed class PredictCommand : Command
{
    public readonly Argument<string?> Text = new("TEXT")
    {
        Description = "The article text [default: --file, else standard input]",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public readonly Option<string> Model = CommonOptions.Model();

    public readonly Option<string> File = CommonOptions.File("Read the article from this file");

    public readonly Option<bool> Json = CommonOptions.Json("Print one JSON object with every task's label, confidence and scores");

    public readonly Option<int> Top = new("--top")
    {
        Description = "Labels shown per task in the text output",
        DefaultValueFactory = _ => 3,
    };

    public readonly Option<bool> Explain = new("--explain")
    {
        Description = "Show the n-grams that pushed each task toward its label (linear models)",
    };

    public readonly Option<int> Reasons = new("--reasons")
    {
        Description = "N-grams shown per task with --explain",
        DefaultValueFactory = _ => 10,
    };

    public PredictCommand(CliIO io)
        : base("predict", "Label one article with every model given")
    {
        Add(Text);
        foreach (var option in new Option[] { Model, File, Json, Top, Explain, Reasons })
        {
            Add(option);
        }

        SetAction((parse, cancellationToken) => new PredictAction(io, this).RunAsync(parse, cancellationToken));
    }
}
