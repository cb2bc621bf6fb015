using System.Globalization;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Training.Reports;

/// <summary>The confusion matrix as a heatmap: counts in the cells, shades by share of the true row.</summary>
internal static class HeatmapChart
{
    public static string Render(ModelMetrics metrics)
    {
        var labels = metrics.Confusion.Keys.ToArray();
        const double cell = 34;
        var margin = 14 + (labels.Max(l => l.Length) * 6.2);
        var size = labels.Length * cell;
        var svg = new Svg(margin + size + 20, margin + size + 30, "Confusion matrix: rows are true labels, columns predicted labels");
        for (var i = 0; i < labels.Length; i++)
        {
            var row = metrics.Confusion[labels[i]];
            var total = Math.Max(1, row.Values.Sum());
            svg.Text(margin - 6, margin + (i * cell) + (cell / 2) + 4, labels[i], "end");
            svg.Text(margin + (i * cell) + (cell / 2) + 4, margin - 6, labels[i], "start", rotate: -60);
            for (var j = 0; j < labels.Length; j++)
            {
                var count = row[labels[j]];
                var share = count / (double)total;
                var tooltip = string.Create(CultureInfo.InvariantCulture, $"true {labels[i]}, predicted {labels[j]}: {count} ({share:P0} of the row)");
                svg.Rect(margin + (j * cell), margin + (i * cell), cell - 1, cell - 1, ChartColors.Shade(share), "cell", tooltip);
                if (count > 0)
                {
                    svg.Text(margin + (j * cell) + (cell / 2), margin + (i * cell) + (cell / 2) + 4, count.ToString(CultureInfo.InvariantCulture), "middle", 11, share > 0.5 ? "#fff" : "#222");
                }
            }
        }

        svg.Text(margin + (size / 2), margin + size + 22, "predicted label →", "middle", 12);
        return svg.ToString();
    }
}
