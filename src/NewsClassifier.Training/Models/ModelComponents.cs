using System.Reflection;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Training.Models;

/// <summary>The ML.NET component assemblies of the tree trainers, which loading their models needs.</summary>
public static class ModelComponents
{
    /// <summary>FastTree and LightGBM: register them when loading models trained with those trainers.</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } =
        [typeof(FastTreeBinaryModelParameters).Assembly, typeof(LightGbmMulticlassTrainer).Assembly];

    /// <summary>Predictor options that can load a model of any trainer <c>train</c> offers.</summary>
    public static PredictorOptions PredictorOptions()
    {
        var options = new PredictorOptions();
        foreach (var assembly in Assemblies)
        {
            options.ComponentAssemblies.Add(assembly);
        }

        return options;
    }
}
