using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>
/// A pool of ML.NET prediction engines, because one engine must not serve two threads at once
/// (dotnet/machinelearning #421) and building one per call is slow. Engines go back in <c>finally</c>.
/// </summary>
internal sealed class EnginePool<TInput, TOutput>
    where TInput : class
    where TOutput : class, new()
{
    private readonly ObjectPool<PredictionEngine<TInput, TOutput>> _pool;

    public EnginePool(Func<PredictionEngine<TInput, TOutput>> create)
    {
        _pool = new DefaultObjectPool<PredictionEngine<TInput, TOutput>>(
            new EnginePolicy<TInput, TOutput>(create), Math.Max(4, Environment.ProcessorCount * 2));

        // Build one engine now so that loading pays its cost, not the first request.
        _pool.Return(_pool.Get());
    }

    public TOutput Predict(TInput input)
    {
        var engine = _pool.Get();
        try
        {
            return engine.Predict(input);
        }
        finally
        {
            _pool.Return(engine);
        }
    }
}
