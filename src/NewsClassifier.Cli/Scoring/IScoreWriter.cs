using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Cli.Scoring;

/// <summary>Writes scored rows: the id, then each task's label and confidence (and, if asked, every score).</summary>
internal interface IScoreWriter : IDisposable
{
    void Write(string id, ArticlePrediction prediction);

    void Flush();
}
