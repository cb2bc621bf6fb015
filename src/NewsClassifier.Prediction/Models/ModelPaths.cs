namespace NewsClassifier.Prediction.Models;

/// <summary>Expands a model argument: a zip stands for itself, a folder for every zip in it.</summary>
public static class ModelPaths
{
    /// <summary>The model zips that <paramref name="path"/> names, in file-name order.</summary>
    /// <exception cref="ModelLoadException">The path does not exist, or the folder holds no zip.</exception>
    public static IReadOnlyList<string> Expand(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var zips = Directory.GetFiles(path, "*.zip").Order(StringComparer.Ordinal).ToArray();
            return zips.Length > 0 ? zips : throw new ModelLoadException(path, "folder holds no *.zip model");
        }

        return File.Exists(path) ? [path] : throw new ModelLoadException(path, "model file not found");
    }
}
