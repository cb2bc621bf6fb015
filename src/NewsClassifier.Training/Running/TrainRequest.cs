using NewsClassifier.Training.Data;

namespace NewsClassifier.Training.Running;

/// <summary>Everything <c>train</c> needs: the data, the tasks, where to write, and how to train.</summary>
public sealed record TrainRequest
{
    /// <summary>The labelled training file (CSV or JSON Lines).</summary>
    public required string DataPath { get; init; }

    /// <summary>One task per label column.</summary>
    public required IReadOnlyList<string> LabelColumns { get; init; }

    /// <summary>A <c>.zip</c> for one task, or a folder that receives <c>&lt;task&gt;.zip</c> per task.</summary>
    public required string OutPath { get; init; }

    /// <summary>Text columns; null for <c>title,text</c> where present.</summary>
    public IReadOnlyList<string>? TextColumns { get; init; }

    /// <summary>Id column; null for <c>id</c> where present.</summary>
    public string? IdColumn { get; init; }

    /// <summary>A labelled test file whose metrics go into the manifest.</summary>
    public string? TestPath { get; init; }

    /// <summary>The trainer's name (see <see cref="Pipelines.TrainerKind"/>), or <c>auto</c>.</summary>
    public string Trainer { get; init; } = Pipelines.TrainerKind.LinearSvm.Name;

    /// <summary>The featurization preset's name.</summary>
    public string Featurization { get; init; } = Pipelines.FeaturizationPreset.WordCharNb.Name;

    /// <summary>The random seed; the same data and seed give the same model with a deterministic trainer.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Folds of a cross-validation on the training data before the final fit (null: none; auto uses 3 by default).</summary>
    public int? CrossValidationFolds { get; init; }

    /// <summary>Wall-time budget of the automatic trainer search, in seconds (null: try every candidate).</summary>
    public double? TimeBudgetSeconds { get; init; }

    /// <summary>Whether page debris is removed before featurizing (recorded in the manifest).</summary>
    public bool Clean { get; init; } = true;

    /// <summary>Input limits.</summary>
    public ReaderLimits Limits { get; init; } = new();
}
