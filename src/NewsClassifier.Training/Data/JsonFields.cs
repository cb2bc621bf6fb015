using System.Text.Json;

namespace NewsClassifier.Training.Data;

/// <summary>Reads scalar fields of a JSON Lines object as text, saying which type was wrong.</summary>
internal readonly struct JsonFields(JsonElement root)
{
    /// <summary>
    /// The field as text: strings as they are, numbers and booleans as written (ids and labels are often
    /// numbers); null when the field is absent or JSON null. Objects and arrays are a problem.
    /// </summary>
    public string? Optional(string name, out string? problem)
    {
        problem = null;
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                problem = $"is a JSON {value.ValueKind.ToString().ToLowerInvariant()}; expected a string";
                return null;
        }
    }
}
