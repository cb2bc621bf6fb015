using Microsoft.ML;
using Microsoft.ML.Data;
using NewsClassifier.Prediction.Explaining;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>
/// One loaded model: its manifest, its label names (read from the Score column, never hard-coded) and a
/// pool of prediction engines, because an ML.NET PredictionEngine must not be used by two threads at once.
/// </summary>
internal sealed class TaskModel
{
    private readonly IModelScorer _scorer;
    private readonly Lazy<(LinearExplainer? Explainer, string? Reason)> _explainer;

    public TaskModel(MLContext mlContext, ModelPackage package, float? minConfidence)
    {
        Package = package;
        MinConfidence = minConfidence;
        LabelNames = ReadLabelNames(package);
        _scorer = package.Featurizer is { } featurizer
            ? new NgramScorer(mlContext, package.Transformer, featurizer)
            : new TextScorer(mlContext, package.Transformer, package.InputSchema);

        // Explanations are rarer than predictions: their featurizer engines are built on first use.
        _explainer = new Lazy<(LinearExplainer?, string?)>(() =>
        {
            var explainer = LinearExplainer.TryCreate(mlContext, package, out var reason);
            return (explainer, reason);
        });
    }

    public ModelPackage Package { get; }

    public ModelManifest Manifest => Package.Manifest;

    public string Task => Manifest.Task;

    public IReadOnlyList<string> LabelNames { get; }

    public float? MinConfidence { get; }

    public TaskPrediction Predict(string modelText)
    {
        var probabilities = ScoreDistribution.ToProbabilities(_scorer.Score(modelText));
        var scores = new LabelScore[probabilities.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new LabelScore(LabelNames[i], probabilities[i]);
        }

        // Stable sort: ties keep the model's label order, so results never depend on timing.
        var ordered = scores.Select((s, i) => (s, i))
            .OrderByDescending(x => x.s.Probability).ThenBy(x => x.i)
            .Select(x => x.s).ToArray();
        var top = ordered[0];
        var label = MinConfidence is { } min && top.Probability < min ? TaskPrediction.Uncertain : top.Label;
        return new TaskPrediction(Task, label, top.Probability, ordered);
    }

    public TaskExplanation Explain(string modelText, int top)
    {
        var prediction = Predict(modelText);
        var (explainer, reason) = _explainer.Value;
        if (explainer is null)
        {
            return new TaskExplanation(Task, prediction.TopLabel, [], reason);
        }

        var classIndex = LabelNames.ToList().IndexOf(prediction.TopLabel);
        return new TaskExplanation(Task, prediction.TopLabel, explainer.Explain(modelText, classIndex, top), null);
    }

    private static string[] ReadLabelNames(ModelPackage package)
    {
        var outputSchema = package.Transformer.GetOutputSchema(package.InputSchema);
        var score = outputSchema.GetColumnOrNull(ModelColumns.Score)
            ?? throw new ModelLoadException(package.Path, "the model has no Score column: it is not a classifier");
        if (!score.HasSlotNames())
        {
            throw new ModelLoadException(package.Path, "the model's Score column has no label names");
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        score.GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        if (labels.Length == 0)
        {
            throw new ModelLoadException(package.Path, "the model's Score column has no label names");
        }

        return labels;
    }
}
