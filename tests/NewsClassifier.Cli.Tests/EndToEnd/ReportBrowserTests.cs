using System.Text.Json;
using System.Text.RegularExpressions;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>The evaluation report opened in a real headless browser: the plots are there and nothing is fetched from the network.</summary>
public class ReportBrowserTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [ChromiumFact]
    public async Task Report_InHeadlessChromium_HasHeatmapBarsAndCalibrationAndRequestsNothing()
    {
        var report = _folder.File("report");
        var result = await CliRun.Run("evaluate", "--model", model.ModelPath, "--data", model.TestPath, "--report", report);
        Assert.True(result.ExitCode == 0, result.ToString());
        var page = Path.Combine(report, "index.html");

        var dom = await HeadlessChromium.DumpDom(page, Directory.CreateDirectory(_folder.File("profile-dom")).FullName);
        var png = _folder.File("report.png");
        var requests = await HeadlessChromium.Screenshot(page, png, Directory.CreateDirectory(_folder.File("profile-shot")).FullName);

        Assert.Equal(9, Count(dom, "<rect [^>]*class=\"cell\""));                  // 3 × 3 confusion cells
        Assert.Equal(9, Count(dom, "<rect [^>]*class=\"bar\""));                   // precision, recall, F1 × 3 classes
        Assert.InRange(Count(dom, "<circle [^>]*class=\"calibration-point\""), 1, 10);
        Assert.Contains("most confident mistakes", dom, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is empty");
        Assert.Empty(requests);
    }

    [ChromiumFact]
    public async Task PageRequestCheck_CatchesAPageThatFetchesSomething()
    {
        var page = _folder.Write("fetching.html", "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/pixel.png\"></body></html>");

        var requests = await HeadlessChromium.Screenshot(page, _folder.File("x.png"), Directory.CreateDirectory(_folder.File("profile")).FullName);

        Assert.Contains("http://127.0.0.1:9/pixel.png", requests);
    }

    [Fact]
    public async Task Report_NumbersEqualEvaluateJson()
    {
        var report = _folder.File("report");
        var json = await CliRun.Run("evaluate", "--model", model.ModelPath, "--data", model.TestPath, "--json", "--report", report);

        Assert.Equal(json.Out.Trim(), File.ReadAllText(Path.Combine(report, "metrics.json")).Trim());
        using var metrics = JsonDocument.Parse(json.Out);
        var html = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.Contains($"<div class=\"metric\" id=\"accuracy\"><b>{metrics.RootElement.GetProperty("accuracy").GetDouble():F4}</b>", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"metric\" id=\"macro-f1\"><b>{metrics.RootElement.GetProperty("macroF1").GetDouble():F4}</b>", html, StringComparison.Ordinal);
        foreach (var label in metrics.RootElement.GetProperty("perClass").EnumerateObject())
        {
            var f1 = label.Value.GetProperty("f1").GetDouble();
            Assert.Matches($"<td>{label.Name}</td>(<td class=\"n\">[0-9.]+</td>){{2}}<td class=\"n\">{f1:F4}</td>", html);
        }
    }

    [Fact]
    public async Task TrainWithTestAndReport_WritesTheReportBesideTheModel()
    {
        var data = _folder.Write("train.csv", TinyCorpus.Csv(20, seed: 2));

        var result = await CliRun.Run("train", "--data", data, "--label", "label", "--out", _folder.File("m.zip"), "--test", model.TestPath, "--report", _folder.File("m.report"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_folder.File("m.report/index.html")));
        Assert.True(File.Exists(_folder.File("m.report/metrics.json")));
    }

    [Fact]
    public async Task TrainReportWithoutTest_Exits2()
    {
        var result = await CliRun.Run("train", "--data", model.TestPath, "--label", "label", "--out", _folder.File("m.zip"), "--report", _folder.File("r"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--report needs --test", result.Error, StringComparison.Ordinal);
    }

    private static int Count(string text, string pattern) => Regex.Count(text, pattern);
}
