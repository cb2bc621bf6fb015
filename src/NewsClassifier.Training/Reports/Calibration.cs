using NewsClassifier.Training.Evaluation;

namespace NewsClassifier.Training.Reports;

/// <summary>
/// How well confidence matches accuracy: rows grouped into equal-width confidence bins, each with its mean
/// confidence and its accuracy; the expected calibration error is their gap weighted by bin size.
/// </summary>
internal sealed record Calibration(IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError)
{
    public const int BinCount = 10;

    public static Calibration Of(IReadOnlyList<ScoredRow> rows)
    {
        var bins = Enumerable.Range(0, BinCount).Select(b =>
        {
            var low = (double)b / BinCount;
            var high = (double)(b + 1) / BinCount;
            var members = rows.Where(r => r.Confidence >= low && (r.Confidence < high || (b == BinCount - 1 && r.Confidence <= high))).ToArray();
            return new CalibrationBin(
                low,
                high,
                members.Length,
                members.Length == 0 ? 0 : members.Average(r => (double)r.Confidence),
                members.Length == 0 ? 0 : members.Count(r => r.Correct) / (double)members.Length,
                members.Count(r => r.Correct),
                members.Count(r => !r.Correct));
        }).ToArray();
        var total = Math.Max(1, rows.Count);
        var error = bins.Sum(b => b.Count / (double)total * Math.Abs(b.Accuracy - b.MeanConfidence));
        return new Calibration(bins, error);
    }
}

/// <summary>One confidence bin: its range, how many rows fall in it, their mean confidence and accuracy, right and wrong counts.</summary>
internal sealed record CalibrationBin(double Low, double High, int Count, double MeanConfidence, double Accuracy, int Right, int Wrong);
