using System.CommandLine;

namespace NewsClassifier.Cli.Commands;

/// <summary>Options several commands share, created per command so each command owns its symbols.</summary>
internal static class CommonOptions
{
    public static Option<string> Model(string description = "A model zip, or a folder: every *.zip in it") => new("--model", "-m")
    {
        Description = description,
        Required = true,
    };

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    public static Option<string[]> TextColumns() => new("--text")
    {
        Description = "Text column(s), comma-separated, joined with a blank line [default: title,text where present]",
    };

    public static Option<string> IdColumn() => new("--id") { Description = "Id column copied to outputs [default: id where present]" };

    public static Option<string> File(string description) => new("--file", "-f") { Description = description };

    /// <summary>Column lists may be given comma-separated, repeated, or both.</summary>
    public static IReadOnlyList<string>? Columns(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return null;
        }

        var columns = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return columns.Length > 0 ? columns : null;
    }
}
