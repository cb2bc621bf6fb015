using System.Text;

namespace NewsClassifier.Cli.Tests;

/// <summary>The outcome of one in-process command line.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs the CLI in-process with its own output and error writers, as STYLE.md asks.</summary>
internal static class CliRun
{
    public static async Task<CliResult> Run(params string[] args) => await RunWithInput(null, args);

    public static async Task<CliResult> RunWithInput(string? standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIO(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? "")));
        var code = await CliApp.RunAsync(args, io);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
