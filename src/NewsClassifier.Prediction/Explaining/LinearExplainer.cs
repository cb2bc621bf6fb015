using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Prediction.Explaining;

/// <summary>
/// Explains a linear model's prediction: featurizes the article with the model's own featurizer, then
/// ranks its n-grams by weight × value for the predicted class.
/// </summary>
internal sealed class LinearExplainer
{
    private readonly float[][] _weights;
    private readonly string[] _slotNames;
    private readonly ObjectPool<PredictionEngine<ModelInput, FeaturesOutput>> _engines;

    private LinearExplainer(float[][] weights, string[] slotNames, ObjectPool<PredictionEngine<ModelInput, FeaturesOutput>> engines)
    {
        _weights = weights;
        _slotNames = slotNames;
        _engines = engines;
    }

    /// <summary>An explainer for the model, or null with the reason when it has no linear weights to explain by.</summary>
    public static LinearExplainer? TryCreate(MLContext mlContext, ModelPackage package, out string? reason)
    {
        reason = "the model is not a featurizer followed by a classifier";
        if (package.Transformer is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var parts = chain.ToArray();
        var index = Array.FindIndex(parts, p => p is ISingleFeaturePredictionTransformer<object>);
        if (index <= 0)
        {
            return null;
        }

        var weights = LinearWeights.TryRead((ISingleFeaturePredictionTransformer<object>)parts[index], out reason);
        if (weights is null)
        {
            return null;
        }

        var featurizer = new TransformerChain<ITransformer>(parts[..index]);
        var features = featurizer.GetOutputSchema(package.InputSchema)[ModelColumns.Features];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        features.GetSlotNames(ref names);
        var engines = new DefaultObjectPool<PredictionEngine<ModelInput, FeaturesOutput>>(
            new FeatureEnginePolicy(mlContext, featurizer, package.InputSchema), Environment.ProcessorCount);
        return new LinearExplainer(weights, names.DenseValues().Select(n => n.ToString()).ToArray(), engines);
    }

    public IReadOnlyList<NgramContribution> Explain(string modelText, int classIndex, int top)
    {
        VBuffer<float> features;
        var engine = _engines.Get();
        try
        {
            features = engine.Predict(new ModelInput { Text = modelText }).Features;
        }
        finally
        {
            _engines.Return(engine);
        }

        var weights = _weights[classIndex];
        var contributions = new List<(int Slot, float Value)>();
        foreach (var (slot, value) in features.Items())
        {
            var contribution = weights[slot] * value;
            if (contribution > 0)
            {
                contributions.Add((slot, contribution));
            }
        }

        return contributions.OrderByDescending(c => c.Value).ThenBy(c => c.Slot).Take(top)
            .Select(c => ToNgram(_slotNames[c.Slot], c.Value)).ToArray();
    }

    // "Word.putin" becomes putin; "Char.<␂>|x|i|<␠>" becomes "xi " (start and end marks dropped, spaces shown).
    private static NgramContribution ToNgram(string slotName, float contribution)
    {
        var dot = slotName.IndexOf('.', StringComparison.Ordinal);
        var kind = dot > 0 ? slotName[..dot] : "";
        var body = dot > 0 ? slotName[(dot + 1)..] : slotName;
        if (kind == "Char")
        {
            body = string.Concat(body.Split('|').Select(c => c switch
            {
                "<␠>" => " ",
                "<␂>" or "<␃>" => "",
                _ => c,
            }));
        }

        return new NgramContribution(body, kind != "Char", contribution);
    }

    private sealed class FeatureEnginePolicy(MLContext mlContext, ITransformer featurizer, DataViewSchema inputSchema)
        : IPooledObjectPolicy<PredictionEngine<ModelInput, FeaturesOutput>>
    {
        public PredictionEngine<ModelInput, FeaturesOutput> Create() =>
            mlContext.Model.CreatePredictionEngine<ModelInput, FeaturesOutput>(featurizer, inputSchema);

        public bool Return(PredictionEngine<ModelInput, FeaturesOutput> obj) => true;
    }
}
