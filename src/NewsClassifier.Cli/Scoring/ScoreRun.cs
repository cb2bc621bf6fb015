using System.Diagnostics;
using System.Globalization;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Models;

namespace NewsClassifier.Cli.Scoring;

/// <summary>
/// Streams a file through every model: read → clean → predict (in parallel, pooled engines, a bounded
/// window) → write, in input order. Every row read ends up in the output or in the rejects; the output
/// appears at its path only when the run completes.
/// </summary>
internal sealed class ScoreRun(CliIO io, ScoreSettings settings)
{
    private const int ProgressEveryRows = 512;

    public ScoreSummary Execute(Action<long, long, long?> progress, CancellationToken cancellationToken)
    {
        var predictor = LoadPredictor();
        var summary = new ScoreSummary();
        var scoring = Stopwatch.StartNew();
        using var reader = ArticleReaders.Open(
            settings.Input,
            new ColumnRequest(TextColumns(predictor), [], settings.IdColumn),
            new ReaderLimits { MaxTextLength = settings.MaxTextLength },
            settings.Input == ArticleReaders.StandardStream ? io.In() : null);

        using var output = OutputFile.Open(settings.Output, io);
        using var writer = CreateWriter(output, reader.Columns.IdColumn ?? "row", predictor);
        using var rejects = CreateRejectWriter();

        var records = reader.ReadRecords(cancellationToken).Where(record =>
        {
            if (settings.Shard.Contains(record.Row))
            {
                return true;
            }

            summary.CountOtherShard();
            return false;
        });

        foreach (var labelled in predictor.PredictMany(records, r => r.Problem is null ? r.Text : null, cancellationToken))
        {
            var record = labelled.Item;
            if (labelled.Prediction is { } prediction)
            {
                OutputWrite(output.Path, () => writer.Write(record.Id ?? record.Row.ToString(CultureInfo.InvariantCulture), prediction));
                summary.CountScored(record.Truncated || prediction.Truncated);
            }
            else
            {
                OutputWrite(output.Path, () => rejects.Write(record, record.Problem!));
                summary.CountRejected(Describe(record.Problem!.Kind));
            }

            if (summary.Read % ProgressEveryRows == 0)
            {
                progress(summary.Read, reader.BytesRead, reader.TotalBytes);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        summary.BlankLines = reader.BlankLines;
        progress(summary.Read, reader.BytesRead, reader.TotalBytes);
        OutputWrite(output.Path, writer.Flush);
        writer.Dispose();
        OutputWrite(output.Path, rejects.Commit);
        output.Commit();
        summary.ScoringTime = scoring.Elapsed;
        return summary;
    }

    private NewsPredictor LoadPredictor()
    {
        var options = ModelComponents.PredictorOptions();
        options.MaxDegreeOfParallelism = settings.Threads;
        options.MaxTextLength = settings.MaxTextLength;
        if (settings.MinConfidence is { } min)
        {
            options.MinConfidence["*"] = min;
        }

        var predictor = NewsPredictor.Load(settings.ModelPath, options);
        Commands.PredictorWarnings.Print(io, predictor);
        return predictor;
    }

    /// <summary>The models' own text columns when they all name the same non-default ones, else title,text where present.</summary>
    private IReadOnlyList<string>? TextColumns(NewsPredictor predictor)
    {
        if (settings.TextColumns is not null)
        {
            return settings.TextColumns;
        }

        var columns = predictor.Models.Select(m => string.Join(",", m.TextColumns)).Distinct().ToArray();
        var defaults = string.Join(",", ColumnRequest.DefaultTextColumns);
        return columns.Length == 1 && columns[0] != defaults && columns[0] != "text" && columns[0] != "title"
            ? predictor.Models[0].TextColumns
            : null;
    }

    private IScoreWriter CreateWriter(OutputFile output, string idColumn, NewsPredictor predictor)
    {
        var isJsonLines = output.Path == ArticleReaders.StandardStream || ArticleReaders.FormatOf(output.Path) == DataFormat.JsonLines;
        var tasks = predictor.Models.Select(m => m.Task).ToArray();
        return isJsonLines
            ? new JsonLinesScoreWriter(output.Writer, idColumn, settings.IncludeScores)
            : OutputWrite(output.Path, () => new CsvScoreWriter(output.Writer, idColumn, tasks, settings.IncludeScores));
    }

    private IRejectWriter CreateRejectWriter()
    {
        if (settings.Rejects is { } path)
        {
            return new FileRejectWriter(path, io);
        }

        return settings.Output == ArticleReaders.StandardStream
            ? new ErrorStreamRejectWriter(io)
            : new FileRejectWriter(DefaultRejectsPath(settings.Output), io);
    }

    /// <summary>OUTPUT with ".rejects" before its extension: scores.csv → scores.rejects.csv.</summary>
    public static string DefaultRejectsPath(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? "", $"{Path.GetFileNameWithoutExtension(output)}.rejects{Path.GetExtension(output)}");

    private static string Describe(RowProblemKind kind) => kind switch
    {
        RowProblemKind.EmptyText => "empty text",
        RowProblemKind.Malformed => "malformed row",
        RowProblemKind.InvalidEncoding => "invalid UTF-8 or NUL bytes",
        RowProblemKind.FieldTooLarge => "field too large",
        RowProblemKind.WrongField => "missing or wrong-typed field",
        _ => kind.ToString(),
    };

    private static void OutputWrite(string path, Action write) => OutputException.Guard(path, write);

    private static T OutputWrite<T>(string path, Func<T> write) => OutputException.Guard(path, write);
}
