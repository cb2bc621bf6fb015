using Microsoft.ML;
using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Prediction.Explaining;

/// <summary>
/// Explains a linear model's prediction: featurizes the article as the model does, then ranks its
/// n-grams by weight × value for the predicted class.
/// </summary>
internal sealed class LinearExplainer
{
    private readonly float[][] _weights;
    private readonly Func<string, VBuffer<float>> _featurize;
    private readonly Func<int, NgramContribution> _describe;

    private LinearExplainer(float[][] weights, Func<string, VBuffer<float>> featurize, Func<int, NgramContribution> describe)
    {
        _weights = weights;
        _featurize = featurize;
        _describe = describe;
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
        if (index < 0 || (index == 0 && package.Featurizer is null))
        {
            return null;
        }

        var weights = LinearWeights.TryRead((ISingleFeaturePredictionTransformer<object>)parts[index], out reason);
        if (weights is null)
        {
            return null;
        }

        if (package.Featurizer is { } ngrams)
        {
            return new LinearExplainer(weights, ngrams.Featurize, slot =>
            {
                var (ngram, isWord) = ngrams.SlotName(slot);
                return new NgramContribution(ngram, isWord, 0);
            });
        }

        var featurizer = new TransformerChain<ITransformer>(parts[..index]);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        featurizer.GetOutputSchema(package.InputSchema)[ModelColumns.Features].GetSlotNames(ref names);
        var slotNames = names.DenseValues().Select(n => n.ToString()).ToArray();
        var engines = new EnginePool<ModelInput, FeaturesOutput>(
            () => mlContext.Model.CreatePredictionEngine<ModelInput, FeaturesOutput>(featurizer, package.InputSchema));
        return new LinearExplainer(weights, text => engines.Predict(new ModelInput { Text = text }).Features, slot => FromSlotName(slotNames[slot]));
    }

    public IReadOnlyList<NgramContribution> Explain(string modelText, int classIndex, int top)
    {
        var features = _featurize(modelText);
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
            .Select(c => _describe(c.Slot) with { Contribution = c.Value }).ToArray();
    }

    // ML.NET FeaturizeText names slots "Word.putin" and "Char.<␂>|x|i|<␠>": the latter becomes "xi "
    // (start and end marks dropped, spaces shown).
    private static NgramContribution FromSlotName(string slotName)
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

        return new NgramContribution(body, kind != "Char", 0);
    }
}
