using System.CommandLine;

namespace NewsClassifier.Cli.Commands.Score;

/// <summary>The <c>score</c> command's definition.</summary>
internal sealed class ScoreCommand : Command
{
    public readonly Option<string> Model = CommonOptions.Model();

    public readonly Option<string> Input = new("--input", "-i")
    {
        Description = "File to label (.csv or .jsonl), or - for JSON Lines on standard input",
        Required = true,
    };

    public readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Output file (.csv or .jsonl), or - for JSON Lines on standard output",
        Required = true,
    };

    public readonly Option<string> Rejects = new("--rejects")
    {
        Description = "File for rows that cannot be scored [default: OUTPUT with .rejects before its extension; standard error for -]",
    };

    public readonly Option<int> Threads = new("--threads")
    {
        Description = "Parallel prediction workers [default: all cores]",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public readonly Option<string> Shard = new("--shard") { Description = "Score only rows whose 0-based index mod N is K (K/N), for job arrays" };

    public readonly Option<float?> MinConfidence = new("--min-confidence")
    {
        Description = "Label 'uncertain' when a task's confidence is below this (0 to 1)",
    };

    public readonly Option<bool> Scores = new("--scores") { Description = "Add every label's probability per task, as a JSON object" };

    public readonly Option<int> MaxTextLength = new("--max-text-length")
    {
        Description = "Characters of text read per article; longer text is cut and counted in the summary",
        DefaultValueFactory = _ => Prediction.Predicting.PredictorOptions.DefaultMaxTextLength,
    };

    public readonly Option<string[]> Text = CommonOptions.TextColumns();

    public readonly Option<string> Id = CommonOptions.IdColumn();

    public ScoreCommand(CliIO io)
        : base("score", "Label every row of a file with every model, streaming, on all cores")
    {
        foreach (var option in new Option[] { Model, Input, Output, Rejects, Threads, Shard, MinConfidence, Scores, MaxTextLength, Text, Id })
        {
            Add(option);
        }

        SetAction((parse, cancellationToken) => new ScoreAction(io, this).RunAsync(parse, cancellationToken));
    }
}
