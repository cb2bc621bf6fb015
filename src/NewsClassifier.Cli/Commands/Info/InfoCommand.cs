using System.CommandLine;

namespace NewsClassifier.Cli.Commands.Info;

/// <summary>The <c>info</c> command's definition.</summary>
internal sealed class InfoCommand : Command
{
    public readonly Option<string> Model = CommonOptions.Model("A model zip (or a folder of them)");

    public readonly Option<bool> Json = CommonOptions.Json("Print the manifest as JSON (an array for a folder)");

    public InfoCommand(CliIO io)
        : base("info", "Print a model's manifest: task, labels, trainer, training data and metrics")
    {
        Add(Model);
        Add(Json);
        SetAction((parse, cancellationToken) => new InfoAction(io, this).RunAsync(parse, cancellationToken));
    }
}
