using NewsClassifier.Training.Data;

namespace NewsClassifier.Cli.Scoring;

/// <summary>Writes the rows <c>score</c> could not score, each with its row number, id and reason.</summary>
internal interface IRejectWriter : IDisposable
{
    void Write(ArticleRecord record, RowProblem problem);

    /// <summary>Makes the rejects durable (for a file: moves it to its path).</summary>
    void Commit();
}
