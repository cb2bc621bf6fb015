using System.Text.Json.Serialization;

namespace NewsClassifier.Prediction.Models;

// Source-generated so that loading a model does not pay for reflection-based serializer warm-up.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ModelManifest))]
[JsonSerializable(typeof(ModelMetrics))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
