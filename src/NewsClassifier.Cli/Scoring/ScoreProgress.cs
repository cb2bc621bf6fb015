using System.Globalization;
using Spectre.Console;

namespace NewsClassifier.Cli.Scoring;

/// <summary>
/// Progress of a <c>score</c> run on standard error: a Spectre.Console bar (rows/s, ETA from the input's
/// byte position) on a terminal; otherwise a plain line every few seconds, because Spectre prints nothing
/// when output is redirected and a log should still show the run is alive.
/// </summary>
internal static class ScoreProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static ScoreSummary Run(CliIO io, Func<Action<long, long, long?>, ScoreSummary> run, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        if (!io.ErrorIsTerminal)
        {
            var last = started;
            return run((rows, bytes, total) =>
            {
                var now = clock.GetTimestamp();
                if (clock.GetElapsedTime(last, now) < PlainInterval)
                {
                    return;
                }

                last = now;
                io.Error.WriteLine(Line(rows, bytes, total, clock.GetElapsedTime(started, now)));
            });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("scoring", maxValue: 1);
                return run((rows, bytes, total) =>
                {
                    var elapsed = clock.GetElapsedTime(started);
                    task.MaxValue = total ?? Math.Max(bytes, 1);
                    task.Value = bytes;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {rows / Math.Max(elapsed.TotalSeconds, 0.001):N0} rows/s");
                });
            });
    }

    private static string Line(long rows, long bytes, long? total, TimeSpan elapsed)
    {
        var rate = rows / Math.Max(elapsed.TotalSeconds, 0.001);
        if (total is > 0 and var size)
        {
            var done = (double)bytes / size;
            var eta = done > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - done) / done) : TimeSpan.Zero;
            return string.Create(CultureInfo.InvariantCulture, $"progress: {rows:N0} rows, {done:P0} of input, {rate:N0} rows/s, ETA {eta:hh\\:mm\\:ss}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"progress: {rows:N0} rows, {rate:N0} rows/s");
    }
}
