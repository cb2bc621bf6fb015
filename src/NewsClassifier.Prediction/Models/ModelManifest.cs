namespace NewsClassifier.Prediction.Models;

/// <summary>
/// The <c>newsclassifier.json</c> entry of a model zip: what the model predicts, how it was trained and
/// how its input must be prepared.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The zip entry that holds the manifest.</summary>
    public const string EntryName = "newsclassifier.json";

    /// <summary>The value of <see cref="Format"/> for every NewsClassifier model.</summary>
    public const string FormatName = "newsclassifier-model";

    /// <summary>The manifest version this library writes; it reads any manifest with the same major version.</summary>
    public const string CurrentFormatVersion = "1.0";

    /// <summary>Marks the zip as a NewsClassifier model.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>Manifest version, <c>major.minor</c>.</summary>
    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The task's name, such as <c>topic</c>: the training file's label column unless renamed.</summary>
    public required string Task { get; init; }

    /// <summary>The label column of the training file.</summary>
    public required string LabelColumn { get; init; }

    /// <summary>Every label the model can predict, in score order.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The columns joined (with a blank line) into the text the model reads.</summary>
    public required IReadOnlyList<string> TextColumns { get; init; }

    /// <summary>The trainer and its options.</summary>
    public required TrainerDescription Trainer { get; init; }

    /// <summary>The featurization and its options.</summary>
    public required FeaturizationDescription Featurization { get; init; }

    /// <summary>The training data and run.</summary>
    public required TrainingDescription Training { get; init; }

    /// <summary>Metrics on the test file given at training time, if any.</summary>
    public ModelMetrics? Metrics { get; init; }

    /// <summary>How input text is cleaned before featurizing.</summary>
    public required CleaningDescription Cleaning { get; init; }

    /// <summary>The NewsClassifier version that wrote the model.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>When the model was trained, UTC.</summary>
    public required DateTimeOffset TrainedAtUtc { get; init; }

    /// <summary>Cross-validated macro-F1 on the training data, when <c>train --cv</c> or <c>--trainer auto</c> measured it.</summary>
    public CrossValidationSummary? CrossValidation { get; init; }

    /// <summary>The candidates tried by <c>train --trainer auto</c>, when it chose the trainer.</summary>
    public ModelSearch? Search { get; init; }
}
