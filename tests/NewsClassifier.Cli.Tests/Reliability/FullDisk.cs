using System.Diagnostics;
using System.Text;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Cli.Tests.Reliability;

/// <summary>
/// A full disk, simulated where Linux allows it: the tool runs under `ulimit -f` (a file-size limit) with
/// SIGXFSZ ignored, so writing past the limit fails as a full disk does instead of killing the process.
/// </summary>
internal static class FullDisk
{
    public const string Name = "A full disk while writing the output (score under a file-size limit)";

    public static bool Available => File.Exists("/bin/bash") && OperatingSystem.IsLinux();

    /// <summary>Scores a file whose output outgrows an 8 MB limit; returns the exit code, standard error and the folder's files.</summary>
    public static async Task<(int ExitCode, string Error, string[] Files)> Run(TempFolder folder, string model)
    {
        var input = new StringBuilder("id,text\n");
        var article = TinyCorpus.Article("sport");
        for (var i = 0; i < 100_000; i++)
        {
            input.Append('r').Append(i).Append(',').Append(article).Append('\n');
        }

        var path = folder.Write("big.csv", input.ToString());
        var output = folder.File("out.csv");
        var tool = Path.Combine(AppContext.BaseDirectory, "newsclassifier.dll");
        // The runtime maps executable memory through files unless W^X is off; the limit would break that.
        var script = $"trap '' XFSZ; ulimit -f 8192; DOTNET_EnableWriteXorExecute=0 exec dotnet '{tool}' score --model '{model}' --input '{path}' --output '{output}' --scores";
        using var bash = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        return (bash.ExitCode, error, Directory.GetFiles(folder.Path).Select(f => Path.GetFileName(f)).Where(f => f != "big.csv").ToArray());
    }
}

/// <summary>A test that needs the file-size limit of <see cref="FullDisk"/>; skipped, saying why, elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FullDiskFactAttribute : FactAttribute
{
    public FullDiskFactAttribute()
    {
        if (!FullDisk.Available)
        {
            Skip = "needs bash and Linux resource limits (ulimit -f) to simulate a full disk";
        }
    }
}
