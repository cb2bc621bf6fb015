using Microsoft.ML;
using Microsoft.ML.Data;
using NewsClassifier.Prediction.Featurizing;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Pipelines;

namespace NewsClassifier.Training.Evaluation;

/// <summary>Labels rows with a model still in memory (for cross-validation), transforming them as one batch.</summary>
internal static class FittedModelScoring
{
    public static string[] PredictLabels(FittedModel model, IReadOnlyList<TrainingRow> rows)
    {
        var ml = model.MLContext;
        IDataView data;
        if (model.Featurizer is { } featurizer)
        {
            var features = new FeatureRow[rows.Count];
            Parallel.For(0, rows.Count, i => features[i] = new FeatureRow { Features = featurizer.Featurize(rows[i].Text) });
            data = ml.Data.LoadFromEnumerable(features, FeatureSchema.Definition<FeatureRow>(featurizer.FeatureCount));
        }
        else
        {
            data = ml.Data.LoadFromEnumerable(rows);
        }

        return ml.Data.CreateEnumerable<ScoreRow>(model.Transformer.Transform(data), reuseRowObject: false)
            .Select(r => model.Labels[ArgMax(r.Score)])
            .ToArray();
    }

    private static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class ScoreRow
    {
        [ColumnName(ModelColumns.Score)]
        public float[] Score { get; set; } = [];
    }
}
