using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using NewsClassifier.Prediction.Featurizing;

namespace NewsClassifier.Prediction.Models;

/// <summary>A model zip read into memory: its manifest and its ML.NET transformer.</summary>
internal sealed class ModelPackage
{
    private const int MaxManifestBytes = 1 << 20;

    private ModelPackage(string path, ModelManifest manifest, ITransformer transformer, DataViewSchema inputSchema, NgramFeaturizer? featurizer)
    {
        Path = path;
        Manifest = manifest;
        Transformer = transformer;
        InputSchema = inputSchema;
        Featurizer = featurizer;
    }

    public string Path { get; }

    public ModelManifest Manifest { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>The n-gram featurizer the model's input is made with, or null when the ML.NET chain reads the text itself.</summary>
    public NgramFeaturizer? Featurizer { get; }

    /// <summary>Reads a model zip, telling apart a missing file, a corrupt zip and a zip that is not ours.</summary>
    /// <exception cref="ModelLoadException">The file cannot be used as a model; the message says why.</exception>
    public static ModelPackage Load(MLContext mlContext, string path, long maxBytes)
    {
        var bytes = ReadBounded(path, maxBytes);
        var manifest = ReadManifest(path, bytes);
        var featurizer = ReadFeaturizer(path, bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var transformer = mlContext.Model.Load(stream, out var inputSchema);
            return new ModelPackage(path, manifest, transformer, inputSchema, featurizer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException(path, $"the ML.NET model inside the zip is corrupt or unreadable ({e.Message})", e);
        }
    }

    /// <summary>Reads only the manifest, without loading the ML.NET model (for <c>info</c>).</summary>
    public static ModelManifest ReadManifest(string path, long maxBytes) => ReadManifest(path, ReadBounded(path, maxBytes));

    private static byte[] ReadBounded(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new ModelLoadException(path, "is a folder, not a model zip");
        }

        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, "model file not found");
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                throw new ModelLoadException(
                    path, $"model file is {length:N0} bytes, more than the limit of {maxBytes:N0} bytes");
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException(path, $"model file cannot be read ({e.Message})", e);
        }
    }

    private static NgramFeaturizer? ReadFeaturizer(string path, byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.GetEntry(NgramFeaturizer.EntryName) is not { } entry)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            return NgramFeaturizer.Load(stream);
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException(path, $"its {NgramFeaturizer.EntryName} entry is corrupt ({e.Message})", e);
        }
    }

    private static ModelManifest ReadManifest(string path, byte[] bytes)
    {
        string json;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry(ModelManifest.EntryName)
                ?? throw new ModelLoadException(
                    path, $"is a zip but not a NewsClassifier model: it has no {ModelManifest.EntryName} entry");
            if (entry.Length > MaxManifestBytes)
            {
                throw new ModelLoadException(path, $"its {ModelManifest.EntryName} is too large to be a manifest");
            }

            using var reader = new StreamReader(entry.Open());
            json = reader.ReadToEnd();
        }
        catch (InvalidDataException e)
        {
            throw new ModelLoadException(path, $"is not a valid zip file: it is truncated or corrupt ({e.Message})", e);
        }

        ModelManifest manifest;
        try
        {
            manifest = ManifestJson.DeserializeManifest(json);
        }
        catch (JsonException e)
        {
            throw new ModelLoadException(
                path, $"is a zip but not a NewsClassifier model: its {ModelManifest.EntryName} is not a valid manifest ({e.Message})", e);
        }

        ManifestVersion.EnsureReadable(path, manifest);
        return manifest;
    }
}
