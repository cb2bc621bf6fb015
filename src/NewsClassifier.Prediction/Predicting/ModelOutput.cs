using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>The per-class scores a model writes; their order is that of the Score column's slot names.</summary>
internal sealed class ModelOutput
{
    [ColumnName(ModelColumns.Score)]
    public float[] Score { get; set; } = [];
}
