using System.Globalization;

namespace NewsClassifier.Training.Reports;

/// <summary>The report's palette, and a white-to-blue shade for a share between 0 and 1.</summary>
internal static class ChartColors
{
    public const string Precision = "#4e79a7";
    public const string Recall = "#f28e2b";
    public const string F1 = "#59a14f";
    public const string Right = "#59a14f";
    public const string Wrong = "#e15759";
    public const string Axis = "#888";

    public static string Shade(double share)
    {
        var t = Math.Clamp(share, 0, 1);
        int Channel(int from, int to) => (int)Math.Round(from + ((to - from) * t));
        return string.Create(CultureInfo.InvariantCulture, $"rgb({Channel(247, 8)},{Channel(251, 48)},{Channel(255, 107)})");
    }
}
