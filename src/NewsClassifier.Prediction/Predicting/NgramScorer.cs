using Microsoft.ML;
using NewsClassifier.Prediction.Featurizing;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>Scores with an n-gram model: this library featurizes the text, the ML.NET chain classifies the vector.</summary>
internal sealed class NgramScorer(MLContext mlContext, ITransformer transformer, NgramFeaturizer featurizer) : IModelScorer
{
    private readonly EnginePool<FeatureInput, ModelOutput> _engines = new(() =>
        mlContext.Model.CreatePredictionEngine<FeatureInput, ModelOutput>(
            transformer, ignoreMissingColumns: false, inputSchemaDefinition: FeatureSchema.Definition<FeatureInput>(featurizer.FeatureCount)));

    public float[] Score(string modelText) => _engines.Predict(new FeatureInput { Features = featurizer.Featurize(modelText) }).Score;
}
