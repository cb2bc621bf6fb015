using System.CommandLine;
using NewsClassifier.Training.Pipelines;

namespace NewsClassifier.Cli.Commands.Train;

/// <summary>
/// The <c>train</c> command's definition. Options are per instance (not static) so that every parser
/// built, one per in-process test among them, owns its symbols.
/// </summary>
internal sealed class TrainCommand : Command
{
    public readonly Option<string> Data = new("--data", "-d")
    {
        Description = "Labelled training file (.csv or .jsonl)",
        Required = true,
    };

    public readonly Option<string[]> Label = new("--label", "-l")
    {
        Description = "Label column(s), comma-separated: one model per column",
        Required = true,
    };

    public readonly Option<string> Out = new("--out", "-o")
    {
        Description = "Model zip for one label column, or a folder for several (<task>.zip each)",
        Required = true,
    };

    public readonly Option<string> Test = new("--test") { Description = "Labelled test file: its metrics go into the manifest" };

    public readonly Option<string> Trainer = new("--trainer")
    {
        Description = "Trainer: " + string.Join(", ", TrainerKind.All.Select(t => t.Name)) + ", or auto (cross-validated choice)",
        DefaultValueFactory = _ => TrainerKind.LinearSvm.Name,
    };

    public readonly Option<string> Featurization = new("--featurization")
    {
        Description = "Featurization preset: " + string.Join(", ", FeaturizationPreset.All.Select(p => p.Name)),
        DefaultValueFactory = _ => FeaturizationPreset.WordCharNb.Name,
    };

    public readonly Option<int> Seed = new("--seed")
    {
        Description = "Random seed: the same data and seed give the same model",
        DefaultValueFactory = _ => 1,
    };

    public readonly Option<int?> Cv = new("--cv")
    {
        Description = "Cross-validate on the training data with K folds first and print macro-F1 ± std (auto: folds of its search, default 3)",
    };

    public readonly Option<double?> TimeBudget = new("--time-budget")
    {
        Description = "Seconds the auto search may spend; candidates that would overrun it are skipped",
    };

    public readonly Option<string> Report = new("--report")
    {
        Description = "With --test: write the test evaluation as an HTML report to DIR (DIR/<task>/ for several label columns)",
    };

    public readonly Option<bool> NoClean = new("--no-clean")
    {
        Description = "Use the text as given: skip removing page debris (for text that is already clean)",
    };

    public readonly Option<string[]> Text = CommonOptions.TextColumns();

    public readonly Option<string> Id = CommonOptions.IdColumn();

    public TrainCommand(CliIO io)
        : base("train", "Train one model per label column and write each as a model zip")
    {
        Trainer.AcceptOnlyFromAmong([.. TrainerKind.All.Select(t => t.Name), "auto"]);
        Featurization.AcceptOnlyFromAmong([.. FeaturizationPreset.All.Select(p => p.Name)]);
        foreach (var option in new Option[] { Data, Label, Out, Test, Trainer, Featurization, Seed, Cv, TimeBudget, Report, NoClean, Text, Id })
        {
            Add(option);
        }

        SetAction((parse, cancellationToken) => new TrainAction(io, this).RunAsync(parse, cancellationToken));
    }
}
