using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using NewsClassifier.Prediction.Featurizing;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Pipelines;

/// <summary>Builds and fits the model chain: features → cache → trainer → label names.</summary>
internal static class ModelBuilder
{
    /// <summary>
    /// Fits a model. The label → key mapping is fitted apart from the saved chain, so a saved model needs
    /// only its input column; the key values still travel with the Score column as its slot names.
    /// A fresh MLContext per model makes the result depend on the seed alone.
    /// </summary>
    public static FittedModel Fit(IReadOnlyList<TrainingRow> rows, FeaturizationPreset featurization, TrainerKind trainer, int seed)
    {
        var ml = new MLContext(seed);
        if (featurization.Ngrams is { } options)
        {
            var labels = options.LabelWeighting > 0 ? rows.Select(r => r.Label).ToArray() : null;
            var featurizer = NgramFeaturizer.Fit(rows.Select(r => r.Text).ToArray(), options, labels);
            var features = new FeatureRow[rows.Count];
            Parallel.For(0, rows.Count, i => features[i] = new FeatureRow { Features = featurizer.Featurize(rows[i].Text), Label = rows[i].Label });
            var data = ml.Data.LoadFromEnumerable(features, FeatureSchema.Definition<FeatureRow>(featurizer.FeatureCount));
            var chain = trainer.BuildEstimator(ml).Append(ml.Transforms.Conversion.MapKeyToValue(ModelColumns.PredictedLabel));
            var model = chain.Fit(ml.Data.Cache(MapLabels(ml, data)));
            var schema = FeatureSchema.Build(featurizer.FeatureCount);
            return new FittedModel(ml, model, schema, LabelNames(model, schema), featurizer);
        }
        else
        {
            var data = ml.Data.LoadFromEnumerable(rows);
            var chain = featurization.BuildMlNetEstimator(ml)
                .AppendCacheCheckpoint(ml)
                .Append(trainer.BuildEstimator(ml))
                .Append(ml.Transforms.Conversion.MapKeyToValue(ModelColumns.PredictedLabel));
            var model = chain.Fit(MapLabels(ml, data));
            var schema = TextSchema();
            return new FittedModel(ml, model, schema, LabelNames(model, schema), null);
        }
    }

    private static IDataView MapLabels(MLContext ml, IDataView data) =>
        ml.Transforms.Conversion.MapValueToKey(ModelColumns.Label, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data).Transform(data);

    private static DataViewSchema TextSchema()
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(ModelColumns.Text, TextDataViewType.Instance);
        return builder.ToSchema();
    }

    private static string[] LabelNames(ITransformer model, DataViewSchema inputSchema)
    {
        var score = model.GetOutputSchema(inputSchema)[ModelColumns.Score];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        score.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
