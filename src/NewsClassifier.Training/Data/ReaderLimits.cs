namespace NewsClassifier.Training.Data;

/// <summary>Bounds that protect the tool from pathological input.</summary>
public sealed record ReaderLimits
{
    /// <summary>Longest article text kept, in characters; longer text is cut and the row is marked truncated.</summary>
    public int MaxTextLength { get; init; } = Prediction.Predicting.PredictorOptions.DefaultMaxTextLength;

    /// <summary>Largest field accepted, in bytes; a row with a larger field is rejected as too large.</summary>
    public int MaxFieldBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Largest record the CSV reader buffers; beyond it the file cannot be read on (an unclosed quote, say).</summary>
    public int MaxRecordBytes { get; init; } = 256 * 1024 * 1024;
}
