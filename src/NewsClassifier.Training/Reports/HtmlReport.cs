using System.Globalization;
using System.Net;
using System.Text;

namespace NewsClassifier.Training.Reports;

/// <summary>
/// The evaluation report as one self-contained HTML page: inline CSS and SVG only, nothing fetched from
/// the network. Each section is built by its own chart class; this class only lays them out.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
        h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 32px; border-bottom: 1px solid #eee; padding-bottom: 4px; }
        .summary { display: flex; gap: 14px; flex-wrap: wrap; margin: 16px 0; }
        .metric { background: #f4f6fa; border-radius: 6px; padding: 10px 16px; min-width: 120px; }
        .metric b { display: block; font-size: 22px; } .metric span { color: #666; font-size: 12px; }
        .row { display: flex; gap: 32px; flex-wrap: wrap; align-items: flex-start; }
        table { border-collapse: collapse; font-size: 13px; } td, th { padding: 3px 8px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } .excerpt { color: #444; max-width: 520px; }
        .note { color: #666; font-size: 12px; }
        """;

    public static string Render(ReportData data)
    {
        var m = data.Metrics;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E($"NewsClassifier report: {m.Task}")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E($"{m.Task}: evaluation report")).Append("</h1>")
            .Append("<p class=\"note\">").Append(E($"{m.Rows:N0} rows of {m.DataFile ?? "the test file"}, model trained on {data.Manifest.Training.DataFile}.")).Append("</p>");
        html.Append("<div class=\"summary\">")
            .Append(Metric("accuracy", F(m.Accuracy), "accuracy"))
            .Append(Metric("macro-F1", F(m.MacroF1), "macro-f1"))
            .Append(Metric("expected calibration error", F(data.Calibration.ExpectedCalibrationError), "ece"))
            .Append(Metric("classes", m.PerClass.Count.ToString(CultureInfo.InvariantCulture), "classes"))
            .Append("</div>");
        if (m.UnknownLabels.Count > 0)
        {
            html.Append("<p class=\"note\">").Append(E("Labels the model never saw, counted as errors: " + string.Join(", ", m.UnknownLabels.Select(u => $"{u.Key} ({u.Value} rows)")))).Append("</p>");
        }

        html.Append("<h2>Confusion matrix</h2><p class=\"note\">Rows are true labels, columns predicted labels; the shade is the share of the true row, the number the count.</p>")
            .Append(HeatmapChart.Render(m));
        html.Append("<h2>Per class</h2><div class=\"row\">").Append(ClassBarsChart.Render(m)).Append(ClassTable(m)).Append("</div>");
        html.Append("<h2>Confidence</h2><div class=\"row\"><div><p class=\"note\">Reliability: points on the diagonal are perfectly calibrated; bigger points hold more rows.</p>")
            .Append(ReliabilityChart.Render(data.Calibration)).Append("</div><div><p class=\"note\">How sure the model is when it is right and when it is wrong.</p>")
            .Append(ConfidenceHistogramChart.Render(data.Calibration)).Append("</div></div>");
        html.Append("<h2>").Append(E($"The {data.TopMistakes.Count} most confident mistakes")).Append("</h2>").Append(MistakesTable(data.TopMistakes));
        html.Append("<h2>Model</h2>").Append(ManifestTable(data));
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Metric(string name, string value, string id) =>
        $"<div class=\"metric\" id=\"{id}\"><b>{E(value)}</b><span>{E(name)}</span></div>";

    private static string ClassTable(Prediction.Models.ModelMetrics m)
    {
        var table = new StringBuilder("<table class=\"per-class\"><tr><th>label</th><th class=\"n\">precision</th><th class=\"n\">recall</th><th class=\"n\">F1</th><th class=\"n\">support</th></tr>");
        foreach (var (label, c) in m.PerClass)
        {
            table.Append("<tr><td>").Append(E(label)).Append("</td><td class=\"n\">").Append(F(c.Precision)).Append("</td><td class=\"n\">")
                .Append(F(c.Recall)).Append("</td><td class=\"n\">").Append(F(c.F1)).Append("</td><td class=\"n\">")
                .Append(c.Support.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string MistakesTable(IReadOnlyList<Mistake> mistakes)
    {
        if (mistakes.Count == 0)
        {
            return "<p>No mistakes.</p>";
        }

        var table = new StringBuilder("<table class=\"mistakes\"><tr><th class=\"n\">row</th><th>id</th><th>true</th><th>predicted</th><th class=\"n\">confidence</th><th>text (cleaned, first 200 characters)</th></tr>");
        foreach (var x in mistakes)
        {
            table.Append("<tr><td class=\"n\">").Append(x.Row.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(x.Id ?? ""))
                .Append("</td><td>").Append(E(x.Truth)).Append("</td><td>").Append(E(x.Predicted)).Append("</td><td class=\"n\">")
                .Append(x.Confidence.ToString("F3", CultureInfo.InvariantCulture)).Append("</td><td class=\"excerpt\">").Append(E(x.Excerpt)).Append("</td></tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string ManifestTable(ReportData data)
    {
        var manifest = data.Manifest;
        var t = manifest.Training;
        (string, string)[] rows =
        [
            ("task", $"{manifest.Task} (label column '{manifest.LabelColumn}'), {manifest.Labels.Count} labels"),
            ("trainer", $"{manifest.Trainer.Name} ({string.Join(", ", manifest.Trainer.Options.Select(o => $"{o.Key}={o.Value}"))})"),
            ("featurization", $"{manifest.Featurization.Preset} ({string.Join(", ", manifest.Featurization.Options.Select(o => $"{o.Key}={o.Value}"))})"),
            ("training data", string.Create(CultureInfo.InvariantCulture, $"{t.DataFile}, {t.Rows:N0} rows, sha256 {t.DataSha256}")),
            ("training time", string.Create(CultureInfo.InvariantCulture, $"{t.Seconds:F1} s, seed {t.Seed}, trained {manifest.TrainedAtUtc:yyyy-MM-dd HH:mm} UTC")),
            ("cleaning", manifest.Cleaning.Enabled ? $"on, version {manifest.Cleaning.Version}" : "off"),
            ("tool", $"NewsClassifier {manifest.ToolVersion}"),
        ];
        var table = new StringBuilder("<table class=\"manifest\">");
        foreach (var (key, value) in rows)
        {
            table.Append("<tr><th>").Append(E(key)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }

        return table.Append("</table>").ToString();
    }

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
