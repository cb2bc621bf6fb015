namespace NewsClassifier.Prediction.Models;

/// <summary>Names of the columns every NewsClassifier model reads and writes.</summary>
public static class ModelColumns
{
    /// <summary>The article text the model reads (title and body, joined and cleaned).</summary>
    public const string Text = "Text";

    /// <summary>The label column during training (a key column after mapping).</summary>
    public const string Label = "Label";

    /// <summary>The feature vector the featurizer produces.</summary>
    public const string Features = "Features";

    /// <summary>The per-class score vector; its slot names are the label names.</summary>
    public const string Score = "Score";

    /// <summary>The predicted label as text.</summary>
    public const string PredictedLabel = "PredictedLabel";
}
