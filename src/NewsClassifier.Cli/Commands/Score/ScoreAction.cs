using System.CommandLine;
using System.Diagnostics;
using NewsClassifier.Cli.Scoring;

namespace NewsClassifier.Cli.Commands.Score;

/// <summary>Runs <c>score</c>: progress and the summary on standard error; exit 1 when any row was rejected.</summary>
internal sealed class ScoreAction(CliIO io, ScoreCommand command)
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(io, token => Task.Run(() => Run(parse, token), token), cancellationToken);

    private int Run(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = Settings(parse);
        var watch = Stopwatch.StartNew();
        var summary = ScoreProgress.Run(
            io, progress => new ScoreRun(io, settings).Execute(progress, cancellationToken), TimeProvider.System);
        io.Error.WriteLine(summary.Render(watch.Elapsed, settings.Shard));
        return summary.Rejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
    }

    private ScoreSettings Settings(ParseResult parse)
    {
        var threads = parse.GetValue(command.Threads);
        if (threads < 1)
        {
            throw new UsageException($"--threads {threads}: must be at least 1");
        }

        var minConfidence = parse.GetValue(command.MinConfidence);
        if (minConfidence is < 0 or > 1)
        {
            throw new UsageException($"--min-confidence {minConfidence}: must be between 0 and 1");
        }

        var maxTextLength = parse.GetValue(command.MaxTextLength);
        if (maxTextLength < 1)
        {
            throw new UsageException($"--max-text-length {maxTextLength}: must be at least 1");
        }

        var input = parse.GetRequiredValue(command.Input);
        var output = parse.GetRequiredValue(command.Output);
        if (output != "-" && Path.GetFullPath(output) == Path.GetFullPath(input))
        {
            throw new UsageException("--output is the same file as --input");
        }

        return new ScoreSettings
        {
            ModelPath = parse.GetRequiredValue(command.Model),
            Input = input,
            Output = output,
            Rejects = parse.GetValue(command.Rejects),
            Threads = threads,
            Shard = parse.GetValue(command.Shard) is { } shard ? Shard.Parse(shard) : Shard.All,
            MinConfidence = minConfidence,
            IncludeScores = parse.GetValue(command.Scores),
            MaxTextLength = maxTextLength,
            TextColumns = CommonOptions.Columns(parse.GetValue(command.Text)),
            IdColumn = parse.GetValue(command.Id),
        };
    }
}
