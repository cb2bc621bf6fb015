using NewsClassifier.Training.Data;

namespace NewsClassifier.Cli.Scoring;

/// <summary>
/// Rejects reported on standard error, for <c>score - -</c> without <c>--rejects</c>: a streaming stage
/// (Hadoop, Spark) keeps its output clean and its rejects in the task log.
/// </summary>
internal sealed class ErrorStreamRejectWriter(CliIO io) : IRejectWriter
{
    public void Write(ArticleRecord record, RowProblem problem) =>
        io.Error.WriteLine(DataFileException.Describe(
            "rejected", problem.Message, record.Row, record.Line, problem.Column) + (record.Id is null ? "" : $" (id {record.Id})"));

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
