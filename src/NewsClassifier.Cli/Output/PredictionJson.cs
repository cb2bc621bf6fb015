using System.Text;
using System.Text.Json;
using NewsClassifier.Prediction.Explaining;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Cli.Output;

/// <summary>Predictions in the contract's JSON shapes, written directly (no reflection, stable key order).</summary>
internal static class PredictionJson
{
    /// <summary><c>{"predictions": [{"task", "label", "confidence", "scores": {LABEL: p}}]}</c></summary>
    public static string Render(ArticlePrediction prediction, IReadOnlyList<TaskExplanation>? explanations = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("predictions");
            for (var i = 0; i < prediction.Tasks.Count; i++)
            {
                WriteTask(json, prediction.Tasks[i], explanations?[i]);
            }

            json.WriteEndArray();
            if (prediction.Truncated)
            {
                json.WriteBoolean("truncated", true);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One task's prediction as a JSON object.</summary>
    public static void WriteTask(Utf8JsonWriter json, TaskPrediction task, TaskExplanation? explanation = null)
    {
        json.WriteStartObject();
        json.WriteString("task", task.Task);
        json.WriteString("label", task.Label);
        json.WriteNumber("confidence", Math.Round(task.Confidence, 6));
        WriteScores(json, "scores", task);
        if (explanation is not null)
        {
            WriteExplanation(json, explanation);
        }

        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, TaskExplanation explanation)
    {
        json.WriteStartObject("explanation");
        json.WriteString("label", explanation.Label);
        json.WriteBoolean("available", explanation.IsAvailable);
        if (explanation.UnavailableReason is { } reason)
        {
            json.WriteString("reason", reason);
        }

        json.WriteStartArray("ngrams");
        foreach (var ngram in explanation.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("ngram", ngram.Ngram);
            json.WriteString("kind", ngram.IsWord ? "word" : "char");
            json.WriteNumber("contribution", Math.Round(ngram.Contribution, 6));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Every label's probability, most likely first, as the property <paramref name="name"/>.</summary>
    public static void WriteScores(Utf8JsonWriter json, string name, TaskPrediction task)
    {
        json.WritePropertyName(name);
        WriteScoresObject(json, task);
    }

    /// <summary>Every label's probability, most likely first, as a JSON object value.</summary>
    public static void WriteScoresObject(Utf8JsonWriter json, TaskPrediction task)
    {
        json.WriteStartObject();
        foreach (var score in task.Scores)
        {
            json.WriteNumber(score.Label, Math.Round(score.Probability, 6));
        }

        json.WriteEndObject();
    }
}
