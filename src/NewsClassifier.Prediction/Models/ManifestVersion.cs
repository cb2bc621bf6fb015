using System.Globalization;

namespace NewsClassifier.Prediction.Models;

/// <summary>Decides whether this library can read a manifest: same format, same major version.</summary>
internal static class ManifestVersion
{
    public static void EnsureReadable(string path, ModelManifest manifest)
    {
        if (manifest.Format != ModelManifest.FormatName)
        {
            throw new ModelLoadException(
                path, $"is a zip but not a NewsClassifier model: its manifest format is '{manifest.Format}'");
        }

        var major = Major(manifest.FormatVersion)
            ?? throw new ModelLoadException(path, $"its manifest version '{manifest.FormatVersion}' is not of the form major.minor");
        var supported = Major(ModelManifest.CurrentFormatVersion)!.Value;
        if (major > supported)
        {
            throw new ModelLoadException(
                path,
                $"was written by a newer NewsClassifier (manifest {manifest.FormatVersion}); this version reads {supported}.x: upgrade NewsClassifier");
        }
    }

    private static int? Major(string version)
    {
        var head = version.Split('.')[0];
        return int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }
}
