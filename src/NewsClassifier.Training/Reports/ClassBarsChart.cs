using System.Globalization;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Reports;

/// <summary>Per-class precision, recall and F1 as grouped horizontal bars, with each class's support.</summary>
internal static class ClassBarsChart
{
    public static string Render(ModelMetrics metrics)
    {
        var classes = metrics.PerClass.ToArray();
        const double barHeight = 7;
        const double group = (barHeight * 3) + 8;
        const double width = 360;
        var margin = 14 + (classes.Max(c => c.Key.Length) * 6.2);
        var svg = new Svg(margin + width + 90, (classes.Length * group) + 40, "Precision, recall and F1 per class, with support");
        for (var i = 0; i < classes.Length; i++)
        {
            var (label, m) = classes[i];
            var top = 10 + (i * group);
            svg.Text(margin - 6, top + (barHeight * 2), label, "end");
            foreach (var (value, name, color, offset) in new[] { (m.Precision, "precision", ChartColors.Precision, 0), (m.Recall, "recall", ChartColors.Recall, 1), (m.F1, "F1", ChartColors.F1, 2) })
            {
                var tooltip = string.Create(CultureInfo.InvariantCulture, $"{label} {name}: {value:F4}");
                svg.Rect(margin, top + (offset * barHeight), value * width, barHeight - 1, color, "bar", tooltip);
            }

            svg.Text(margin + width + 8, top + (barHeight * 2), string.Create(CultureInfo.InvariantCulture, $"F1 {m.F1:F2} · n={m.Support}"), "start", 10);
        }

        var bottom = 10 + (classes.Length * group);
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            svg.Line(margin + (tick * width), 6, margin + (tick * width), bottom, "#ddd");
            svg.Text(margin + (tick * width), bottom + 14, tick.ToString("0.##", CultureInfo.InvariantCulture), "middle", 10, ChartColors.Axis);
        }

        svg.Rect(margin, bottom + 20, 10, 8, ChartColors.Precision).Text(margin + 14, bottom + 28, "precision", "start", 10)
            .Rect(margin + 80, bottom + 20, 10, 8, ChartColors.Recall).Text(margin + 94, bottom + 28, "recall", "start", 10)
            .Rect(margin + 150, bottom + 20, 10, 8, ChartColors.F1).Text(margin + 164, bottom + 28, "F1", "start", 10);
        return svg.ToString();
    }
}
