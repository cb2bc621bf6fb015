using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Extensions.DependencyInjection;

/// <summary>Registers one shared, thread-safe <see cref="NewsPredictor"/>.</summary>
public static class NewsClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="NewsPredictor"/> configured by <paramref name="configure"/>. The models
    /// load on first resolution, once; resolve it at start-up to fail fast on a bad model path.
    /// </summary>
    public static IServiceCollection AddNewsClassifier(this IServiceCollection services, Action<NewsClassifierOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new NewsClassifierOptions();
        configure(options);
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            throw new ArgumentException("NewsClassifierOptions.ModelPath is required", nameof(configure));
        }

        services.AddSingleton(_ => NewsPredictor.Load(options.ModelPath, options.ToPredictorOptions()));
        return services;
    }

    /// <summary>
    /// Registers a singleton <see cref="NewsPredictor"/> from a configuration section with the keys
    /// <c>ModelPath</c>, <c>MinConfidence:&lt;task&gt;</c>, <c>MaxTextLength</c>, <c>MaxModelBytes</c> and
    /// <c>MaxDegreeOfParallelism</c>.
    /// </summary>
    public static IServiceCollection AddNewsClassifier(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddNewsClassifier(options => Bind(configuration, options));
    }

    // Read by hand rather than with the configuration binder, so that this package depends on the
    // abstractions only.
    private static void Bind(IConfiguration configuration, NewsClassifierOptions options)
    {
        options.ModelPath = configuration[nameof(options.ModelPath)] ?? options.ModelPath;
        options.MaxTextLength = Number(configuration, nameof(options.MaxTextLength), options.MaxTextLength, int.Parse);
        options.MaxModelBytes = Number(configuration, nameof(options.MaxModelBytes), options.MaxModelBytes, long.Parse);
        options.MaxDegreeOfParallelism = Number(configuration, nameof(options.MaxDegreeOfParallelism), options.MaxDegreeOfParallelism, int.Parse);
        foreach (var task in configuration.GetSection(nameof(options.MinConfidence)).GetChildren())
        {
            options.MinConfidence[task.Key] = Number(task, task.Value, float.Parse);
        }
    }

    private static T Number<T>(IConfiguration configuration, string key, T fallback, Func<string, IFormatProvider, T> parse) =>
        configuration[key] is { } text ? Number(configuration.GetSection(key), text, parse) : fallback;

    private static T Number<T>(IConfigurationSection section, string? text, Func<string, IFormatProvider, T> parse)
    {
        try
        {
            return parse(text ?? "", CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new FormatException($"configuration key '{section.Path}' is '{text}', not a number", e);
        }
    }
}
