using Microsoft.ML.Data;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Pipelines;

/// <summary>One labelled text as ML.NET reads it for training.</summary>
internal sealed class TrainingRow
{
    [ColumnName(ModelColumns.Text)]
    public string Text { get; set; } = "";

    [ColumnName(ModelColumns.Label)]
    public string Label { get; set; } = "";
}
