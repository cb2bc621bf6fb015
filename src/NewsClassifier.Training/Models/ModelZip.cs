using System.IO.Compression;
using NewsClassifier.Prediction.Featurizing;
using NewsClassifier.Prediction.Models;
using NewsClassifier.Training.Pipelines;

namespace NewsClassifier.Training.Models;

/// <summary>Writes model zips: what ML.NET's Model.Save writes, plus the manifest and, for n-gram models, the featurizer.</summary>
internal static class ModelZip
{
    /// <summary>Saves the model and its manifest to <paramref name="path"/> (a temporary path: see <see cref="AtomicFile"/>).</summary>
    public static void Save(FittedModel model, ModelManifest manifest, string path)
    {
        using (var stream = File.Create(path))
        {
            model.MLContext.Model.Save(model.Transformer, model.InputSchema, stream);
        }

        if (model.Featurizer is { } featurizer)
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
            using var entry = zip.CreateEntry(NgramFeaturizer.EntryName, CompressionLevel.Optimal).Open();
            featurizer.Save(entry);
        }

        ReplaceManifest(path, manifest);
    }

    /// <summary>Writes (or rewrites) the manifest entry of a model zip.</summary>
    public static void ReplaceManifest(string path, ModelManifest manifest)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(ModelManifest.EntryName)?.Delete();
        var entry = zip.CreateEntry(ModelManifest.EntryName, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open());
        writer.Write(ManifestJson.Serialize(manifest));
    }
}
