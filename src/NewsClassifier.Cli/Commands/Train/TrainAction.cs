using System.CommandLine;
using System.Globalization;
using NewsClassifier.Cli.Output;
using NewsClassifier.Training.Reports;
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
            CrossValidationFolds = parse.GetValue(command.Cv),
            TimeBudgetSeconds = parse.GetValue(command.TimeBudget) is { } budget && budget <= 0
                ? throw new UsageException($"--time-budget {budget}: must be more than 0 seconds")
                : parse.GetValue(command.TimeBudget),
        };

        var report = parse.GetValue(command.Report);
        if (report is not null && request.TestPath is null)
        {
            throw new UsageException("--report needs --test: the report shows the model's evaluation on the test file");
        }

        var run = new TrainingRun(new RunLog(io.Info, io.Warn));
        var tasks = run.Run(request, cancellationToken);
        foreach (var task in tasks)
        {
            if (report is not null && task.Test is { } evaluation)
            {
                var folder = tasks.Count == 1 ? report : Path.Combine(report, task.Task);
                io.Info($"{task.Task}: report {ReportWriter.Write(folder, evaluation)}");
            }

            var training = task.Manifest.Training;
            io.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{task.Task}: {task.ModelPath} ({training.Rows:N0} rows, {task.Manifest.Labels.Count} labels, {task.Manifest.Trainer.Name}, {training.Seconds:F1} s)"));
            if (task.Manifest.Search is { } search)
            {
                io.Out.Write(SearchText.Render(search));
            }

            if (task.Manifest.CrossValidation is { } cv)
            {
                io.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"{task.Task}: cross-validated macro-F1 {cv.MacroF1:F4} ± {cv.StdDev:F4} ({cv.Folds}-fold)"));
            }

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
