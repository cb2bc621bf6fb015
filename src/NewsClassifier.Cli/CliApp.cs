using System.CommandLine;
using NewsClassifier.Cli.Commands.Clean;
using NewsClassifier.Cli.Commands.Evaluate;
using NewsClassifier.Cli.Commands.Info;
using NewsClassifier.Cli.Commands.Predict;
using NewsClassifier.Cli.Commands.Score;
using NewsClassifier.Cli.Commands.Train;

namespace NewsClassifier.Cli;

/// <summary>Builds the command tree and runs one command line; tests call it in-process with their own streams.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliIO io) => new("NewsClassifier: label news articles by topic, frame and tone")
    {
        new TrainCommand(io),
        new EvaluateCommand(io),
        new PredictCommand(io),
        new ScoreCommand(io),
        new InfoCommand(io),
        new CleanCommand(io),
    };

    /// <summary>Parses and runs <paramref name="args"/>; returns the contract's exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliIO io, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot(io);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on parse errors; the contract reserves 1 for rejected rows and says 2.
            foreach (var error in parse.Errors)
            {
                io.Error.WriteLine($"error: {error.Message}");
            }

            var command = parse.CommandResult.Command;
            var help = command == root ? "newsclassifier --help" : $"newsclassifier {command.Name} --help";
            io.Error.WriteLine($"usage: see '{help}'");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
