using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>The one column a model reads. Mutable because ML.NET's engines fill and reuse it.</summary>
internal sealed class ModelInput
{
    [ColumnName(ModelColumns.Text)]
    public string Text { get; set; } = "";
}
