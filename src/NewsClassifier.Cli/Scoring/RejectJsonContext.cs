using System.Text.Json.Serialization;

namespace NewsClassifier.Cli.Scoring;

[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
internal sealed partial class RejectJsonContext : JsonSerializerContext;
