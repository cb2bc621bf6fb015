using System.Text.Json;

namespace NewsClassifier.Prediction.Models;

/// <summary>Reads and writes manifests and metrics as the JSON the model zip and <c>--json</c> outputs hold.</summary>
public static class ManifestJson
{
    /// <summary>The manifest as indented camel-case JSON.</summary>
    public static string Serialize(ModelManifest manifest) =>
        JsonSerializer.Serialize(manifest, ManifestJsonContext.Default.ModelManifest);

    /// <summary>The metrics as indented camel-case JSON, in the shape of <c>evaluate --json</c>.</summary>
    public static string Serialize(ModelMetrics metrics) =>
        JsonSerializer.Serialize(metrics, ManifestJsonContext.Default.ModelMetrics);

    /// <summary>Parses a manifest.</summary>
    /// <exception cref="JsonException">The text is not a manifest.</exception>
    public static ModelManifest DeserializeManifest(string json) =>
        JsonSerializer.Deserialize(json, ManifestJsonContext.Default.ModelManifest)
        ?? throw new JsonException("the manifest is the JSON value null");

    /// <summary>Parses metrics written by <see cref="Serialize(ModelMetrics)"/>.</summary>
    /// <exception cref="JsonException">The text is not a metrics object.</exception>
    public static ModelMetrics DeserializeMetrics(string json) =>
        JsonSerializer.Deserialize(json, ManifestJsonContext.Default.ModelMetrics)
        ?? throw new JsonException("the metrics are the JSON value null");
}
