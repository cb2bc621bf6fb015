using Microsoft.ML;
using NewsClassifier.Prediction.Featurizing;

namespace NewsClassifier.Training.Pipelines;

/// <summary>
/// A trained model chain, the input schema it is saved with (Text for ML.NET featurization, Features for
/// the n-gram featurizer) and, for n-gram presets, the featurizer that goes into the zip beside it.
/// </summary>
internal sealed record FittedModel(
    MLContext MLContext, ITransformer Transformer, DataViewSchema InputSchema, IReadOnlyList<string> Labels, NgramFeaturizer? Featurizer);
