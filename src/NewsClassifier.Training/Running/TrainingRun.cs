using System.Diagnostics;
using NewsClassifier.Prediction.Cleaning;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Training.Data;
using NewsClassifier.Training.Evaluation;
using NewsClassifier.Training.Models;
using NewsClassifier.Training.Pipelines;
using NewsClassifier.Training.Search;

namespace NewsClassifier.Training.Running;

/// <summary>
/// The <c>train</c> command's work: read and check the data once, then for each label column fit a
/// model, write its zip atomically, and (with a test file) measure the written zip itself.
/// </summary>
public sealed class TrainingRun(RunLog log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Trains one model per label column of the request.</summary>
    /// <exception cref="DataFileException">The training or test data cannot be used.</exception>
    /// <exception cref="OutputException">A model cannot be written.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent (unknown trainer, a zip for several tasks).</exception>
    public IReadOnlyList<TrainedTask> Run(TrainRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var auto = request.Trainer == TrainerSearch.Auto;
        var trainer = auto ? TrainerKind.LinearSvm : TrainerKind.Named(request.Trainer);
        var featurization = FeaturizationPreset.Named(request.Featurization);
        if (request.CrossValidationFolds is < 2 or > 20)
        {
            throw new ArgumentException($"--cv {request.CrossValidationFolds}: folds must be between 2 and 20");
        }
        var outputs = TrainingOutputs.Plan(request.OutPath, request.LabelColumns);
        PrepareFolders(outputs);

        var columns = new ColumnRequest(request.TextColumns, request.LabelColumns, request.IdColumn);
        var data = LabelledFile.Read(request.DataPath, columns, request.Limits, cancellationToken);
        ReportSkipped(data);
        var test = request.TestPath is null ? null : LabelledFile.Read(request.TestPath, columns, request.Limits, cancellationToken);
        if (test is not null)
        {
            ReportSkipped(test);
        }

        var texts = request.Clean ? CleanAll(data.Rows) : data.Rows.Select(r => r.Text).ToArray();
        var results = new List<TrainedTask>();
        for (var task = 0; task < request.LabelColumns.Count; task++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trainingSet = TaskRows(data, texts, task);
            var (chosenTrainer, chosenFeaturization, search, crossValidation) = auto
                ? Choose(request, trainingSet, cancellationToken)
                : (trainer, featurization, null, CrossValidate(request, trainingSet, trainer, featurization, cancellationToken));
            results.Add(TrainTask(
                request, chosenTrainer, chosenFeaturization, data, trainingSet, test, task, outputs[task], search, crossValidation, cancellationToken));
        }

        return results;
    }

    private TrainedTask TrainTask(
        TrainRequest request,
        TrainerKind trainer,
        FeaturizationPreset featurization,
        LabelledData data,
        IReadOnlyList<TrainingRow> rows,
        LabelledData? test,
        int task,
        string output,
        ModelSearch? search,
        CrossValidationSummary? crossValidation,
        CancellationToken cancellationToken)
    {
        var name = request.LabelColumns[task];
        var classCounts = rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (classCounts.Count < 2)
        {
            var only = classCounts.Keys.FirstOrDefault() ?? "";
            throw new DataFileException(
                data.Path, $"every row has the same label ('{only}'): a classifier needs at least two classes", column: name);
        }

        log.Info($"{name}: training {trainer.Name} on {rows.Count:N0} rows, {classCounts.Count} classes, seed {request.Seed}");
        var watch = Stopwatch.StartNew();
        var model = ModelBuilder.Fit(rows, featurization, trainer, request.Seed);
        var seconds = watch.Elapsed.TotalSeconds;
        log.Info($"{name}: trained in {seconds:F1} s");

        var manifest = new ModelManifest
        {
            Task = name,
            LabelColumn = name,
            Labels = model.Labels,
            TextColumns = data.Columns.TextColumns,
            Trainer = trainer.Describe(),
            Featurization = featurization.Describe(),
            Training = new TrainingDescription(
                Path.GetFileName(data.Path), data.Sha256, rows.Count, data.Rows.Count - rows.Count + data.EmptyTextRows.Count,
                classCounts, request.Seed, Math.Round(seconds, 3)),
            Cleaning = new CleaningDescription(request.Clean, ArticleCleaner.Version),
            CrossValidation = crossValidation,
            Search = search,
            ToolVersion = ToolVersion.Current,
            TrainedAtUtc = _clock.GetUtcNow(),
        };

        var temporary = AtomicFile.TemporaryPathFor(output);
        try
        {
            OutputException.Guard(output, () => ModelZip.Save(model, manifest, temporary));
            EvaluationResult? evaluation = null;
            if (test is not null)
            {
                evaluation = ModelEvaluator.Evaluate(NewsPredictor.Load(temporary, ModelComponents.PredictorOptions()), test, task, cancellationToken);
                manifest = manifest with { Metrics = evaluation.Metrics };
                OutputException.Guard(output, () => ModelZip.ReplaceManifest(temporary, manifest));
            }

            OutputException.Guard(output, () => AtomicFile.Commit(temporary, output));
            return new TrainedTask(name, output, manifest, evaluation);
        }
        finally
        {
            AtomicFile.Discard(temporary);
        }
    }

    private (TrainerKind, FeaturizationPreset, ModelSearch, CrossValidationSummary) Choose(
        TrainRequest request, List<TrainingRow> rows, CancellationToken cancellationToken)
    {
        var folds = request.CrossValidationFolds ?? 3;
        log.Info($"auto: cross-validating candidates ({folds}-fold{(request.TimeBudgetSeconds is { } b ? $", budget {b:F0} s" : "")})");
        var (chosen, record, summary) = TrainerSearch.Run(rows, folds, request.TimeBudgetSeconds, request.Seed, log, cancellationToken);
        log.Info($"auto: chose {chosen.Name}");
        return (chosen.Trainer, chosen.Featurization, record, summary);
    }

    private CrossValidationSummary? CrossValidate(
        TrainRequest request, List<TrainingRow> rows, TrainerKind trainer, FeaturizationPreset featurization, CancellationToken cancellationToken)
    {
        if (request.CrossValidationFolds is not { } folds)
        {
            return null;
        }

        var (summary, _, seconds) = CrossValidation.Run(rows, folds, featurization, trainer, request.Seed, cancellationToken);
        log.Info($"cross-validated macro-F1 {summary.MacroF1:F4} ± {summary.StdDev:F4} ({folds}-fold, {seconds:F1} s)");
        return summary;
    }

    private static string[] CleanAll(IReadOnlyList<LabelledRow> rows)
    {
        var cleaned = new string[rows.Count];
        Parallel.For(0, rows.Count, i => cleaned[i] = ArticleCleaner.Clean(rows[i].Text));
        return cleaned;
    }

    private List<TrainingRow> TaskRows(LabelledData data, string[] texts, int task)
    {
        var rows = new List<TrainingRow>(data.Rows.Count);
        var unlabelled = new List<long>();
        for (var i = 0; i < data.Rows.Count; i++)
        {
            var label = data.Rows[i].Labels[task];
            if (label.Length == 0)
            {
                unlabelled.Add(data.Rows[i].Row);
                continue;
            }

            rows.Add(new TrainingRow { Text = texts[i], Label = label });
        }

        if (unlabelled.Count > 0)
        {
            log.Warn(
                $"{data.Path}, column '{data.Columns.LabelColumns[task]}': skipped {unlabelled.Count:N0} rows with an empty label (rows {RowList(unlabelled)})");
        }

        return rows;
    }

    private void ReportSkipped(LabelledData data)
    {
        if (data.EmptyTextRows.Count > 0)
        {
            log.Warn($"{data.Path}: skipped {data.EmptyTextRows.Count:N0} rows with empty text (rows {RowList(data.EmptyTextRows)})");
        }

        if (data.TruncatedRows > 0)
        {
            log.Warn($"{data.Path}: {data.TruncatedRows:N0} rows had text longer than the limit; only their start was used");
        }
    }

    private static string RowList(IReadOnlyList<long> rows) =>
        string.Join(", ", rows.Take(10)) + (rows.Count > 10 ? $" and {rows.Count - 10:N0} more" : "");

    private static void PrepareFolders(IReadOnlyList<string> outputs)
    {
        foreach (var output in outputs)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
            OutputException.Guard(output, () => Directory.CreateDirectory(folder));
        }
    }
}
