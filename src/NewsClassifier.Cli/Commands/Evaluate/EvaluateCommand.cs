using System.CommandLine;

namespace NewsClassifier.Cli.Commands.Evaluate;

/// <summary>The <c>evaluate</c> command's definition.</summary>
internal sealed class EvaluateCommand : Command
{
    public readonly Option<string> Model = CommonOptions.Model("The model zip to evaluate");

    public readonly Option<string> Data = new("--data", "-d")
    {
        Description = "Labelled file to score (.csv or .jsonl)",
        Required = true,
    };

    public readonly Option<string> Label = new("--label", "-l")
    {
        Description = "Label column [default: the column the model was trained on]",
    };

    public readonly Option<bool> Json = CommonOptions.Json("Print the metrics as one JSON object");

    public readonly Option<string> Report = new("--report")
    {
        Description = "Also write an HTML report with plots (DIR/index.html) and DIR/metrics.json",
    };

    public readonly Option<string[]> Text = CommonOptions.TextColumns();

    public readonly Option<string> Id = CommonOptions.IdColumn();

    public EvaluateCommand(CliIO io)
        : base("evaluate", "Score a labelled file: accuracy, macro-F1, per-class metrics and the confusion matrix")
    {
        foreach (var option in new Option[] { Model, Data, Label, Json, Report, Text, Id })
        {
            Add(option);
        }

        SetAction((parse, cancellationToken) => new EvaluateAction(io, this).RunAsync(parse, cancellationToken));
    }
}
