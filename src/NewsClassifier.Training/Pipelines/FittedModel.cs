using Microsoft.ML;

namespace NewsClassifier.Training.Pipelines;

/// <summary>A trained model chain and the input schema it is saved with (the Text column only).</summary>
internal sealed record FittedModel(MLContext MLContext, ITransformer Transformer, DataViewSchema InputSchema, IReadOnlyList<string> Labels);
