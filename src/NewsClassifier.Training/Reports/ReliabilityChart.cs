using System.Globalization;

namespace NewsClassifier.Training.Reports;

/// <summary>The reliability diagram: accuracy against mean confidence per bin, beside the diagonal of perfect calibration.</summary>
internal static class ReliabilityChart
{
    public static string Render(Calibration calibration)
    {
        const double size = 260;
        const double margin = 40;
        var svg = new Svg(size + margin + 20, size + margin + 20, "Reliability: accuracy against confidence, per confidence bin");
        double X(double v) => margin + (v * size);
        double Y(double v) => 10 + size - (v * size);
        svg.Rect(X(0), Y(1), size, size, "#fafafa");
        svg.Line(X(0), Y(0), X(1), Y(1), ChartColors.Axis, 1, dashed: true);
        foreach (var tick in new[] { 0, 0.5, 1 })
        {
            svg.Text(X(tick), Y(0) + 14, tick.ToString("0.#", CultureInfo.InvariantCulture), "middle", 10, ChartColors.Axis);
            svg.Text(X(0) - 6, Y(tick) + 4, tick.ToString("0.#", CultureInfo.InvariantCulture), "end", 10, ChartColors.Axis);
        }

        var used = calibration.Bins.Where(b => b.Count > 0).ToArray();
        svg.Polyline(used.Select(b => (X(b.MeanConfidence), Y(b.Accuracy))), ChartColors.Precision);
        var largest = Math.Max(1, used.Length == 0 ? 1 : used.Max(b => b.Count));
        foreach (var bin in used)
        {
            var tooltip = string.Create(CultureInfo.InvariantCulture, $"confidence {bin.Low:F1}–{bin.High:F1}: {bin.Count} rows, mean confidence {bin.MeanConfidence:F3}, accuracy {bin.Accuracy:F3}");
            svg.Circle(X(bin.MeanConfidence), Y(bin.Accuracy), 3 + (5 * Math.Sqrt(bin.Count / (double)largest)), ChartColors.Precision, "calibration-point", tooltip);
        }

        svg.Text(X(0.5), Y(0) + 30, "mean confidence", "middle", 11);
        svg.Text(12, Y(0.5), "accuracy", "middle", 11, rotate: -90);
        return svg.ToString();
    }
}
