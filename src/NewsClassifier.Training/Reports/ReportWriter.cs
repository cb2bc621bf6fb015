using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Evaluation;
using NewsClassifier.Training.Models;

namespace NewsClassifier.Training.Reports;

/// <summary>Writes an evaluation report: DIR/index.html (self-contained) and DIR/metrics.json (as <c>evaluate --json</c>).</summary>
public static class ReportWriter
{
    /// <summary>Writes both files, each to a temporary file renamed into place.</summary>
    /// <exception cref="OutputException">The folder or a file cannot be written.</exception>
    public static string Write(string folder, EvaluationResult evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        OutputException.Guard(folder, () => Directory.CreateDirectory(folder));
        var page = Path.Combine(folder, "index.html");
        WriteAtomically(page, HtmlReport.Render(ReportData.From(evaluation)));
        WriteAtomically(Path.Combine(folder, "metrics.json"), ManifestJson.Serialize(evaluation.Metrics) + "\n");
        return page;
    }

    private static void WriteAtomically(string path, string content)
    {
        var temporary = AtomicFile.TemporaryPathFor(path);
        try
        {
            OutputException.Guard(path, () => File.WriteAllText(temporary, content));
            OutputException.Guard(path, () => AtomicFile.Commit(temporary, path));
        }
        finally
        {
            AtomicFile.Discard(temporary);
        }
    }
}
