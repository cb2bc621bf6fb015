using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Pipelines;

/// <summary>Builds and fits the model chain: text → features → cache → trainer → label names.</summary>
internal static class ModelBuilder
{
    /// <summary>
    /// Fits a model. The label → key mapping is fitted apart from the saved chain, so a saved model needs
    /// only the Text column; the key values still travel with the Score column as its slot names.
    /// A fresh MLContext per model makes the result depend on the seed alone.
    /// </summary>
    public static FittedModel Fit(
        IReadOnlyList<TrainingRow> rows, FeaturizationPreset featurization, TrainerKind trainer, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var labelMapping = ml.Transforms.Conversion.MapValueToKey(
            ModelColumns.Label, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(data);
        var keyed = labelMapping.Transform(data);

        var chain = featurization.BuildEstimator(ml)
            .AppendCacheCheckpoint(ml)
            .Append(trainer.BuildEstimator(ml))
            .Append(ml.Transforms.Conversion.MapKeyToValue(ModelColumns.PredictedLabel));
        var model = chain.Fit(keyed);
        return new FittedModel(ml, model, TextOnlySchema(), LabelNames(model));
    }

    private static DataViewSchema TextOnlySchema()
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(ModelColumns.Text, TextDataViewType.Instance);
        return builder.ToSchema();
    }

    private static string[] LabelNames(ITransformer model)
    {
        var score = model.GetOutputSchema(TextOnlySchema())[ModelColumns.Score];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        score.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
