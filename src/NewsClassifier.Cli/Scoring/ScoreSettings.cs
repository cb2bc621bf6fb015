namespace NewsClassifier.Cli.Scoring;

/// <summary>Everything <c>score</c> was asked to do.</summary>
internal sealed record ScoreSettings
{
    public required string ModelPath { get; init; }

    public required string Input { get; init; }

    public required string Output { get; init; }

    /// <summary>The rejects file; null for the default (OUTPUT with ".rejects" before its extension).</summary>
    public string? Rejects { get; init; }

    public int Threads { get; init; } = Environment.ProcessorCount;

    public Shard Shard { get; init; } = Shard.All;

    public float? MinConfidence { get; init; }

    public bool IncludeScores { get; init; }

    public IReadOnlyList<string>? TextColumns { get; init; }

    public string? IdColumn { get; init; }

    public int MaxTextLength { get; init; } = Prediction.Predicting.PredictorOptions.DefaultMaxTextLength;
}
