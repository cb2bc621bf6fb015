using Microsoft.ML;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>Scores with a model whose ML.NET chain reads the text itself (ML.NET FeaturizeText).</summary>
internal sealed class TextScorer(MLContext mlContext, ITransformer transformer, DataViewSchema inputSchema) : IModelScorer
{
    private readonly EnginePool<ModelInput, ModelOutput> _engines =
        new(() => mlContext.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer, inputSchema));

    public float[] Score(string modelText) => _engines.Predict(new ModelInput { Text = modelText }).Score;
}
