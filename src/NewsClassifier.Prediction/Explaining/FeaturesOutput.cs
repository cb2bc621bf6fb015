using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Explaining;

/// <summary>The feature vector of one article, as the featurizer part of a model produces it.</summary>
internal sealed class FeaturesOutput
{
    [ColumnName(ModelColumns.Features)]
    public VBuffer<float> Features { get; set; }
}
