using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>The input of an n-gram model's ML.NET chain: the featurized article. Mutable because engines fill it.</summary>
internal sealed class FeatureInput
{
    [ColumnName(ModelColumns.Features)]
    public VBuffer<float> Features { get; set; }
}
