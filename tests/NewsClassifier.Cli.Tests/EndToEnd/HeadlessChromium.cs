using System.Diagnostics;
using System.Text.Json;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>Opens a local page in headless Chromium: its DOM, a screenshot, and the network requests the page made.</summary>
internal static class HeadlessChromium
{
    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<string> DumpDom(string page, string profile) =>
        (await Run(profile, ["--dump-dom", new Uri(page).AbsoluteUri])).Output;

    /// <summary>Takes a screenshot and returns the URLs the page itself requested (the browser's own update checks are not the page's).</summary>
    public static async Task<IReadOnlyList<string>> Screenshot(string page, string png, string profile)
    {
        var netLog = Path.Combine(profile, "netlog.json");
        await Run(profile, ["--window-size=1200,2400", $"--screenshot={png}", $"--log-net-log={netLog}", new Uri(page).AbsoluteUri]);
        return PageRequests(netLog);
    }

    private static async Task<(string Output, string Error)> Run(string profile, string[] arguments)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var flag in Flags.Concat([$"--user-data-dir={profile}"]).Concat(arguments))
        {
            start.ArgumentList.Add(flag);
        }

        using var chromium = Process.Start(start)!;
        var output = chromium.StandardOutput.ReadToEndAsync();
        var error = chromium.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await chromium.WaitForExitAsync(timeout.Token);
        return (await output, await error);
    }

    // In a NetLog, every URL request records its initiator: the page's origin ("null" for a file:// page)
    // when the page asked for it, "not an origin" when the browser itself did (update and account checks).
    private static string[] PageRequests(string netLog)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(netLog));
        var types = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").EnumerateObject()
            .ToDictionary(t => t.Value.GetInt32(), t => t.Name);
        return log.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => types.GetValueOrDefault(e.GetProperty("type").GetInt32()) == "URL_REQUEST_START_JOB")
            .Select(e => e.GetProperty("params"))
            .Where(p => p.TryGetProperty("initiator", out var initiator) && initiator.GetString() != "not an origin")
            .Select(p => p.GetProperty("url").GetString()!)
            .ToArray();
    }
}
