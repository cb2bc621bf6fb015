using System.CommandLine;
using NewsClassifier.Cli.Output;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Evaluation;
using NewsClassifier.Training.Models;
using NewsClassifier.Training.Reports;

namespace NewsClassifier.Cli.Commands.Evaluate;

/// <summary>Runs <c>evaluate</c> through the same prediction path as <c>predict</c> and <c>score</c>.</summary>
internal sealed class EvaluateAction(CliIO io, EvaluateCommand command)
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(io, token => Task.Run(() => Run(parse, token), token), cancellationToken);

    private int Run(ParseResult parse, CancellationToken cancellationToken)
    {
        var modelPath = parse.GetRequiredValue(command.Model);
        if (Directory.Exists(modelPath))
        {
            throw new UsageException($"--model {modelPath} is a folder: evaluate takes one model zip");
        }

        var predictor = NewsPredictor.Load(modelPath, ModelComponents.PredictorOptions());
        PredictorWarnings.Print(io, predictor);
        var manifest = predictor.Models[0];
        var label = parse.GetValue(command.Label) ?? manifest.LabelColumn;
        var textColumns = CommonOptions.Columns(parse.GetValue(command.Text)) ?? manifest.TextColumns;
        var data = LabelledFile.Read(
            parse.GetRequiredValue(command.Data), new ColumnRequest(textColumns, [label], parse.GetValue(command.Id)), cancellationToken: cancellationToken);
        if (data.EmptyTextRows.Count > 0)
        {
            io.Warn($"{data.Path}: skipped {data.EmptyTextRows.Count:N0} rows with empty text (first: row {data.EmptyTextRows[0]})");
        }

        var result = ModelEvaluator.Evaluate(predictor, data, 0, cancellationToken);
        if (result.EmptyLabelRows.Count > 0)
        {
            io.Warn($"{data.Path}, column '{label}': skipped {result.EmptyLabelRows.Count:N0} rows with an empty label (first: row {result.EmptyLabelRows[0]})");
        }

        foreach (var (unknown, count) in result.Metrics.UnknownLabels)
        {
            io.Warn($"{data.Path}, column '{label}': {count:N0} rows have label '{unknown}', which the model never saw; they count as errors");
        }

        if (parse.GetValue(command.Report) is { } report)
        {
            io.Info($"report: {ReportWriter.Write(report, result)}");
        }

        io.Out.Write(parse.GetValue(command.Json) ? ManifestJson.Serialize(result.Metrics) + Environment.NewLine : MetricsText.Render(result.Metrics));
        return ExitCodes.Success;
    }
}
