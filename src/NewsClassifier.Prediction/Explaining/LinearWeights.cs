using System.Collections.Immutable;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NewsClassifier.Prediction.Explaining;

/// <summary>
/// Reads one weight vector per class out of a trained multiclass linear model: maximum entropy (SDCA,
/// L-BFGS) or one-versus-all over linear binary models. ML.NET offers no feature contributions for
/// multiclass models (dotnet/machinelearning #4670), so the weights are read directly.
/// </summary>
internal static class LinearWeights
{
    /// <summary>Per-class weights in Score order, or null with the reason when the model is not linear.</summary>
    public static float[][]? TryRead(ISingleFeaturePredictionTransformer<object> predictor, out string? reason)
    {
        reason = null;
        switch (predictor.Model)
        {
            case LinearMulticlassModelParametersBase linear:
                VBuffer<float>[] weights = [];
                linear.GetWeights(ref weights, out var classes);
                return weights.Take(classes).Select(w => w.DenseValues().ToArray()).ToArray();
            case OneVersusAllModelParameters ova:
                var perClass = SubModels(ova).Select(BinaryWeights).ToArray();
                if (perClass.All(w => w is not null))
                {
                    return perClass!;
                }

                break;
        }

        reason = $"the {predictor.Model.GetType().Name} model is not linear: explanations are available for linear models only";
        return null;
    }

    private static float[]? BinaryWeights(object model) => model switch
    {
        LinearBinaryModelParameters linear => [.. linear.Weights],
        CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated => [.. calibrated.SubModel.Weights],
        CalibratedModelParametersBase<LinearBinaryModelParameters, ICalibrator> calibrated => [.. calibrated.SubModel.Weights],
        _ => null,
    };

    // ML.NET 5.0.1 keeps the one-versus-all sub-models behind a non-public property.
    private static ImmutableArray<object> SubModels(OneVersusAllModelParameters model)
    {
        var property = typeof(OneVersusAllModelParameters).GetProperty(
            "SubModelParameters", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        return property?.GetValue(model) is ImmutableArray<object> models ? models : [];
    }
}
