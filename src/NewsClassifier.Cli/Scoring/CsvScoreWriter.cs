using System.Text.Json;
using CsvHelper;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Cli.Scoring;

/// <summary>Scored rows as RFC 4180 CSV through CsvHelper, with a header row.</summary>
internal sealed class CsvScoreWriter : IScoreWriter
{
    private readonly CsvWriter _csv;
    private readonly bool _scores;
    private bool _disposed;

    public CsvScoreWriter(TextWriter writer, string idColumn, IReadOnlyList<string> tasks, bool scores)
    {
        _csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        _scores = scores;
        _csv.WriteField(idColumn);
        foreach (var task in tasks)
        {
            _csv.WriteField(task);
            _csv.WriteField($"{task}_confidence");
            if (scores)
            {
                _csv.WriteField($"{task}_scores");
            }
        }

        _csv.EndRecord();
    }

    public void Write(string id, ArticlePrediction prediction)
    {
        _csv.WriteField(id);
        foreach (var task in prediction.Tasks)
        {
            _csv.WriteField(task.Label);
            _csv.WriteField(Math.Round(task.Confidence, 6), "");
            if (_scores)
            {
                _csv.WriteField(ScoresJson(task));
            }
        }

        _csv.EndRecord();
    }

    public void Flush() => _csv.Flush();

    // Disposed once when the run completes (to flush into the output before it is committed) and
    // again by the caller's using; only the first may touch the writer. The run flushes and disposes it
    // through its output guard, so a failure here only happens while a failed run unwinds, and the
    // output is discarded then anyway: it must not hide the first error.
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _csv.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException or ObjectDisposedException)
        {
        }
    }

    private static string ScoresJson(TaskPrediction task)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            Output.PredictionJson.WriteScoresObject(json, task);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
