namespace NewsClassifier.Prediction.Models;

/// <summary>What a model was trained on.</summary>
/// <param name="DataFile">The training file's name (no directory, so manifests do not leak paths).</param>
/// <param name="DataSha256">SHA-256 of the training file's bytes, lower-case hex.</param>
/// <param name="Rows">Rows the model was trained on.</param>
/// <param name="SkippedRows">Rows of the file left out (empty text or label), each reported when training.</param>
/// <param name="ClassCounts">Training rows per label.</param>
/// <param name="Seed">The random seed of the run.</param>
/// <param name="Seconds">Wall time of fitting the model.</param>
public sealed record TrainingDescription(
    string DataFile,
    string DataSha256,
    int Rows,
    int SkippedRows,
    IReadOnlyDictionary<string, int> ClassCounts,
    int Seed,
    double Seconds);
