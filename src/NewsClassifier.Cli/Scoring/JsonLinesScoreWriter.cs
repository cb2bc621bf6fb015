using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsClassifier.Cli.Output;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Cli.Scoring;

/// <summary>Scored rows as JSON Lines: one object per row with the same fields as the CSV columns.</summary>
internal sealed class JsonLinesScoreWriter(TextWriter writer, string idColumn, bool scores) : IScoreWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    public void Write(string id, ArticlePrediction prediction)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString(idColumn, id);
            foreach (var task in prediction.Tasks)
            {
                json.WriteString(task.Task, task.Label);
                json.WriteNumber($"{task.Task}_confidence", Math.Round(task.Confidence, 6));
                if (scores)
                {
                    PredictionJson.WriteScores(json, $"{task.Task}_scores", task);
                }
            }

            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        writer.Write('\n');
    }

    public void Flush() => writer.Flush();

    public void Dispose()
    {
    }
}
