using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Data;

namespace NewsClassifier.Training.Evaluation;

/// <summary>Scores a labelled file with a loaded model, through the same prediction path as <c>predict</c> and <c>score</c>.</summary>
public static class ModelEvaluator
{
    /// <summary>Evaluates the predictor's only model on label column <paramref name="labelIndex"/> of <paramref name="data"/>.</summary>
    public static EvaluationResult Evaluate(
        NewsPredictor predictor, LabelledData data, int labelIndex, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(data);
        var manifest = predictor.Models[0];
        var usable = data.Rows.Where(r => r.Labels[labelIndex].Length > 0).ToArray();
        var emptyLabel = data.Rows.Where(r => r.Labels[labelIndex].Length == 0).Select(r => r.Row).ToArray();
        var scored = predictor.PredictMany(usable, r => r.Text, cancellationToken)
            .Select(l =>
            {
                var task = l.Prediction!.Tasks[0];
                return new ScoredRow(l.Item.Row, l.Item.Id, l.Item.Labels[labelIndex], task.TopLabel, task.Confidence, l.Item.Text);
            })
            .ToArray();
        var metrics = MetricsCalculator.Compute(manifest.Task, scored, manifest.Labels) with
        {
            DataFile = Path.GetFileName(data.Path),
        };
        return new EvaluationResult(metrics, scored, emptyLabel, manifest);
    }
}
