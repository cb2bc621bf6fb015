using System.CommandLine;
using System.Globalization;
using NewsClassifier.Cli.Output;
using NewsClassifier.Training.Running;

namespace NewsClassifier.Cli.Commands.Train;

/// <summary>Runs <c>train</c>: progress and warnings on standard error, a summary per model on standard output.</summary>
internal sealed class TrainAction(CliIO io, TrainCommand command)
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(io, token => Task.Run(() => Run(parse, token), token), cancellationToken);

    private int Run(ParseResult parse, CancellationToken cancellationToken)
    {
        var request = new TrainRequest
        {
            DataPath = parse.GetRequiredValue(command.Data),
            LabelColumns = CommonOptions.Columns(parse.GetValue(command.Label))
                ?? throw new UsageException("--label needs at least one column name"),
            OutPath = parse.GetRequiredValue(command.Out),
            TestPath = parse.GetValue(command.Test),
            TextColumns = CommonOptions.Columns(parse.GetValue(command.Text)),
            IdColumn = parse.GetValue(command.Id),
            Trainer = parse.GetRequiredValue(command.Trainer),
            Featurization = parse.GetRequiredValue(command.Featurization),
            Seed = parse.GetValue(command.Seed),
            Clean = !parse.GetValue(command.NoClean),
        };

        var run = new TrainingRun(new RunLog(io.Info, io.Warn));
        foreach (var task in run.Run(request, cancellationToken))
        {
            var training = task.Manifest.Training;
            io.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{task.Task}: {task.ModelPath} ({training.Rows:N0} rows, {task.Manifest.Labels.Count} labels, {task.Manifest.Trainer.Name}, {training.Seconds:F1} s)"));
            if (task.Test is { } test)
            {
                io.Out.WriteLine();
                io.Out.Write(MetricsText.Render(test.Metrics));
                io.Out.WriteLine();
            }
        }

        return ExitCodes.Success;
    }
}
