namespace NewsClassifier.Prediction.Predicting;

/// <summary>Runs one model on one (cleaned) text and returns its raw per-class scores, in Score slot order.</summary>
internal interface IModelScorer
{
    float[] Score(string modelText);
}
