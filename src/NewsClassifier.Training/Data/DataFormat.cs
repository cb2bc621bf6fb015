namespace NewsClassifier.Training.Data;

/// <summary>The file formats the tool reads and writes.</summary>
public enum DataFormat
{
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,

    /// <summary>One JSON object per line.</summary>
    JsonLines,
}
