using System.Runtime.CompilerServices;
using Microsoft.ML;
using NewsClassifier.Prediction.Cleaning;
using NewsClassifier.Prediction.Explaining;
using NewsClassifier.Prediction.Models;

namespace NewsClassifier.Prediction.Predicting;

/// <summary>
/// Labels news articles with one or more NewsClassifier models. Load it once and share it: every method
/// is safe to call from many threads at once.
/// </summary>
public sealed class NewsPredictor
{
    private readonly TaskModel[] _models;
    private readonly PredictorOptions _options;

    private NewsPredictor(TaskModel[] models, PredictorOptions options, IReadOnlyList<string> warnings)
    {
        _models = models;
        _options = options;
        Warnings = warnings;
    }

    /// <summary>The manifests of the loaded models, in prediction order.</summary>
    public IReadOnlyList<ModelManifest> Models => _models.Select(m => m.Manifest).ToArray();

    /// <summary>Problems found on load that do not stop prediction, such as a cleaning-version mismatch.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Loads one model zip, or every <c>*.zip</c> in a folder (in file-name order).</summary>
    /// <exception cref="ModelLoadException">A model is missing, corrupt or not a NewsClassifier model.</exception>
    public static NewsPredictor Load(string path, PredictorOptions? options = null) =>
        Load(ModelPaths.Expand(path), options);

    /// <summary>Loads the given model zips; each must be of a different task.</summary>
    /// <exception cref="ModelLoadException">A model is missing, corrupt or not a NewsClassifier model.</exception>
    public static NewsPredictor Load(IEnumerable<string> modelPaths, PredictorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(modelPaths);
        options ??= new PredictorOptions();
        var mlContext = new MLContext(seed: 0);
        foreach (var assembly in options.ComponentAssemblies)
        {
            mlContext.ComponentCatalog.RegisterAssembly(assembly);
        }

        var models = new List<TaskModel>();
        var warnings = new List<string>();
        foreach (var path in modelPaths)
        {
            var package = ModelPackage.Load(mlContext, path, options.MaxModelBytes);
            if (models.Any(m => m.Task == package.Manifest.Task))
            {
                throw new ModelLoadException(path, $"a second model for task '{package.Manifest.Task}'; give one model per task");
            }

            var cleaning = package.Manifest.Cleaning;
            if (cleaning.Enabled && cleaning.Version != ArticleCleaner.Version)
            {
                warnings.Add(
                    $"{path}: trained with cleaning version {cleaning.Version}, served with {ArticleCleaner.Version}; " +
                    "predictions may differ from the model's measured quality: retrain to match");
            }

            models.Add(new TaskModel(mlContext, package, options.MinConfidenceFor(package.Manifest.Task)));
        }

        if (models.Count == 0)
        {
            throw new ModelLoadException("no model given");
        }

        return new NewsPredictor([.. models], options, warnings);
    }

    /// <summary>Labels one article (title and body, or any text) with every loaded model.</summary>
    public ArticlePrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var truncated = text.Length > _options.MaxTextLength;
        if (truncated)
        {
            text = text[.._options.MaxTextLength];
        }

        string? cleaned = null;
        var tasks = new TaskPrediction[_models.Length];
        for (var i = 0; i < _models.Length; i++)
        {
            var model = _models[i];
            var input = model.Manifest.Cleaning.Enabled ? cleaned ??= ArticleCleaner.Clean(text) : text;
            tasks[i] = model.Predict(input);
        }

        return new ArticlePrediction(tasks, truncated);
    }

    /// <summary>
    /// Explains each task's prediction for an article: the n-grams that pushed the model hardest toward
    /// its label. Linear models (the default trainers) can say; for tree models the explanation says it is
    /// not available rather than inventing one.
    /// </summary>
    /// <param name="text">The article.</param>
    /// <param name="top">How many n-grams to return per task.</param>
    public IReadOnlyList<TaskExplanation> Explain(string text, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var limited = text.Length > _options.MaxTextLength ? text[.._options.MaxTextLength] : text;
        string? cleaned = null;
        return _models.Select(model =>
            model.Explain(model.Manifest.Cleaning.Enabled ? cleaned ??= ArticleCleaner.Clean(limited) : limited, top)).ToArray();
    }

    /// <summary>
    /// Labels a stream of articles in parallel and yields the results in input order. Holds only a bounded
    /// window of articles in memory, so the stream may be of any length.
    /// </summary>
    public IEnumerable<ArticlePrediction> PredictMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return OrderedParallel.Map(texts, Predict, _options.MaxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Labels an asynchronous stream of articles in parallel, yielding results in input order.</summary>
    public async IAsyncEnumerable<ArticlePrediction> PredictManyAsync(
        IAsyncEnumerable<string> texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        await foreach (var result in OrderedParallel.MapAsync(
            texts, Predict, _options.MaxDegreeOfParallelism, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>
    /// Labels a stream of the caller's items (rows with ids, say) in parallel, in input order. Items for which
    /// <paramref name="textOf"/> returns null are passed through unlabelled, so rejected rows keep their place.
    /// </summary>
    public IEnumerable<Labelled<T>> PredictMany<T>(
        IEnumerable<T> items, Func<T, string?> textOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(textOf);
        return OrderedParallel.Map(
            items,
            item => new Labelled<T>(item, textOf(item) is { } text ? Predict(text) : null),
            _options.MaxDegreeOfParallelism,
            cancellationToken);
    }
}
