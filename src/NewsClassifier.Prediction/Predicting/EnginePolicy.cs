using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>Creates prediction engines for the pool; every engine is fit to be reused after any call.</summary>
internal sealed class EnginePolicy(MLContext mlContext, ITransformer transformer, DataViewSchema inputSchema)
    : IPooledObjectPolicy<PredictionEngine<ModelInput, ModelOutput>>
{
    public PredictionEngine<ModelInput, ModelOutput> Create() =>
        mlContext.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer, inputSchema);

    public bool Return(PredictionEngine<ModelInput, ModelOutput> obj) => true;
}
