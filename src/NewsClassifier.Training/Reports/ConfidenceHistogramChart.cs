using System.Globalization;

namespace NewsClassifier.Training.Reports;

/// <summary>How confident the model is when it is right and when it is wrong: stacked counts per confidence bin.</summary>
internal static class ConfidenceHistogramChart
{
    public static string Render(Calibration calibration)
    {
        const double width = 300;
        const double height = 200;
        const double margin = 40;
        var bins = calibration.Bins;
        var largest = Math.Max(1, bins.Max(b => b.Count));
        var barWidth = width / bins.Count;
        var svg = new Svg(width + margin + 20, height + margin + 30, "Confidence of right and wrong predictions");
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var x = margin + (i * barWidth);
            var rightHeight = bin.Right / (double)largest * height;
            var wrongHeight = bin.Wrong / (double)largest * height;
            var range = string.Create(CultureInfo.InvariantCulture, $"confidence {bin.Low:F1}–{bin.High:F1}");
            svg.Rect(x + 1, 10 + height - rightHeight, barWidth - 2, rightHeight, ChartColors.Right, "histogram-right", $"{range}: {bin.Right} right");
            svg.Rect(x + 1, 10 + height - rightHeight - wrongHeight, barWidth - 2, wrongHeight, ChartColors.Wrong, "histogram-wrong", $"{range}: {bin.Wrong} wrong");
            if (i % 2 == 0)
            {
                svg.Text(x, 10 + height + 14, bin.Low.ToString("0.0", CultureInfo.InvariantCulture), "middle", 10, ChartColors.Axis);
            }
        }

        svg.Text(margin + width, 10 + height + 14, "1.0", "middle", 10, ChartColors.Axis)
            .Text(margin - 6, 14, largest.ToString(CultureInfo.InvariantCulture), "end", 10, ChartColors.Axis)
            .Rect(margin, height + 34, 10, 8, ChartColors.Right).Text(margin + 14, height + 42, "right", "start", 10)
            .Rect(margin + 60, height + 34, 10, 8, ChartColors.Wrong).Text(margin + 74, height + 42, "wrong", "start", 10);
        return svg.ToString();
    }
}
