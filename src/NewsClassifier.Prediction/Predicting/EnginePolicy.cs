using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>Creates prediction engines for a pool; every engine is fit to be reused after any call.</summary>
internal sealed class EnginePolicy<TInput, TOutput>(Func<PredictionEngine<TInput, TOutput>> create)
    : IPooledObjectPolicy<PredictionEngine<TInput, TOutput>>
    where TInput : class
    where TOutput : class, new()
{
    public PredictionEngine<TInput, TOutput> Create() => create();

    public bool Return(PredictionEngine<TInput, TOutput> obj) => true;
}
