using System.CommandLine;
using System.Globalization;
using NewsClassifier.Cli.Output;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Models;

namespace NewsClassifier.Cli.Commands.Predict;

/// <summary>Runs <c>predict</c>.</summary>
internal sealed class PredictAction(CliIO io, PredictCommand command)
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(io, _ => Task.FromResult(Run(parse)), cancellationToken);

    private int Run(ParseResult parse)
    {
        var top = parse.GetValue(command.Top);
        if (top < 1)
        {
            throw new UsageException($"--top {top}: must be at least 1");
        }

        var text = ArticleInput.Read(parse.GetValue(command.Text), parse.GetValue(command.File), io);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException("the article is empty: give its text as an argument, with --file, or on standard input");
        }

        var predictor = NewsPredictor.Load(parse.GetRequiredValue(command.Model), ModelComponents.PredictorOptions());
        PredictorWarnings.Print(io, predictor);
        var prediction = predictor.Predict(text);
        if (prediction.Truncated)
        {
            io.Warn($"the article is longer than {PredictorOptions.DefaultMaxTextLength:N0} characters; only its start was read");
        }

        var reasons = parse.GetValue(command.Reasons);
        if (reasons < 1)
        {
            throw new UsageException($"--reasons {reasons}: must be at least 1");
        }

        var explanations = parse.GetValue(command.Explain) ? predictor.Explain(text, reasons) : null;
        io.Out.Write(parse.GetValue(command.Json)
            ? PredictionJson.Render(prediction, explanations) + Environment.NewLine
            : RenderText(prediction, top) + (explanations is null ? "" : ExplanationText.Render(explanations)));
        return ExitCodes.Success;
    }

    private static string RenderText(ArticlePrediction prediction, int top)
    {
        var table = new TextTable("task", "label", "confidence");
        foreach (var task in prediction.Tasks)
        {
            var first = true;
            foreach (var score in task.Scores.Take(top))
            {
                var label = first && task.Abstained ? $"{TaskPrediction.Uncertain} (best: {score.Label})" : score.Label;
                table.Add(first ? task.Task : "", label, score.Probability.ToString("F3", CultureInfo.InvariantCulture));
                first = false;
            }
        }

        return table.ToString();
    }
}
