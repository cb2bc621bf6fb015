using System.CommandLine;
using System.Globalization;
using NewsClassifier.Cli.Output;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Models;

namespace NewsClassifier.Cli.Commands.Info;

/// <summary>Runs <c>info</c>. It loads each model in full, so it also tells whether the zip is usable.</summary>
internal sealed class InfoAction(CliIO io, InfoCommand command)
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(io, _ => Task.FromResult(Run(parse)), cancellationToken);

    private int Run(ParseResult parse)
    {
        var path = parse.GetRequiredValue(command.Model);
        var paths = ModelPaths.Expand(path);
        var manifests = paths.Select(p => NewsPredictor.Load(p, ModelComponents.PredictorOptions()).Models[0]).ToArray();
        if (parse.GetValue(command.Json))
        {
            var json = manifests.Select(ManifestJson.Serialize);
            io.Out.WriteLine(Directory.Exists(path) ? "[" + string.Join(",\n", json) + "]" : json.Single());
            return ExitCodes.Success;
        }

        for (var i = 0; i < manifests.Length; i++)
        {
            io.Out.Write((i > 0 ? Environment.NewLine : "") + Render(paths[i], manifests[i]));
        }

        return ExitCodes.Success;
    }

    private static string Render(string path, ModelManifest m)
    {
        static string Options(IReadOnlyDictionary<string, string> options) =>
            string.Join(", ", options.Select(o => $"{o.Key}={o.Value}"));

        var t = m.Training;
        var table = new TextTable("model", path);
        table.Add("task", $"{m.Task} (label column '{m.LabelColumn}')");
        table.Add("labels", $"{m.Labels.Count}: {string.Join(", ", m.Labels)}");
        table.Add("text columns", string.Join(", ", m.TextColumns));
        table.Add("trainer", $"{m.Trainer.Name} ({Options(m.Trainer.Options)})");
        table.Add("featurization", $"{m.Featurization.Preset} ({Options(m.Featurization.Options)})");
        table.Add("training data", Invariant($"{t.DataFile}: {t.Rows:N0} rows used, {t.SkippedRows:N0} skipped, sha256 {t.DataSha256}"));
        table.Add("training run", Invariant($"seed {t.Seed}, {t.Seconds:F1} s, trained {m.TrainedAtUtc:yyyy-MM-dd HH:mm:ss} UTC"));
        table.Add("class counts", string.Join(", ", t.ClassCounts.Select(c => Invariant($"{c.Key} {c.Value}"))));
        table.Add("test metrics", m.Metrics is { } x
            ? Invariant($"accuracy {x.Accuracy:F4}, macro-F1 {x.MacroF1:F4} on {x.DataFile} ({x.Rows:N0} rows)")
            : "none (trained without --test)");
        table.Add("cleaning", m.Cleaning.Enabled ? $"on, version {m.Cleaning.Version}" : "off (--no-clean)");
        table.Add("tool", $"NewsClassifier {m.ToolVersion}, manifest {m.FormatVersion}");
        if (m.Search is { } search)
        {
            table.Add("search", Invariant($"chose {search.Chosen} among {search.Candidates.Count} candidates, {search.Folds}-fold, {search.Seconds:F0} s"));
        }

        return table.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
