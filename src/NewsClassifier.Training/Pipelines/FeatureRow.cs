using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Pipelines;

/// <summary>One featurized, labelled text as ML.NET reads it for training (n-gram presets).</summary>
internal sealed class FeatureRow
{
    [ColumnName(ModelColumns.Features)]
    public VBuffer<float> Features { get; set; }

    [ColumnName(ModelColumns.Label)]
    public string Label { get; set; } = "";
}
