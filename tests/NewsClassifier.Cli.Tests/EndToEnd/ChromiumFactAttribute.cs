using Xunit;

namespace NewsClassifier.Cli.Tests.EndToEnd;

/// <summary>A test that needs Debian's headless Chromium (.ci/run installs it); skipped, saying so, when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"needs {Chromium} (Debian package chromium); it is not installed here";
        }
    }
}
