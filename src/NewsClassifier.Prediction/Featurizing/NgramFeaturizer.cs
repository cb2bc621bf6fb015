using System.Text;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML.Data;

namespace NewsClassifier.Prediction.Featurizing;

/// <summary>
/// Turns article text into a sparse TF-IDF vector of word n-grams and within-word character n-grams.
/// It does the work of ML.NET's FeaturizeText several times faster (one pass over the characters, hashed
/// n-grams, no intermediate strings), which matters for both training and serving. Its vocabulary travels
/// in the model zip; <see cref="Featurize"/> is safe to call from many threads at once.
/// </summary>
public sealed class NgramFeaturizer
{
    /// <summary>The zip entry that holds a featurizer's vocabulary.</summary>
    public const string EntryName = "newsclassifier/ngrams.bin";

    // Version 3 added the label-weighting exponent and the choice of raw term frequency; version 2
    // (sublinear TF-IDF, no label weighting) still loads.
    private const int FormatVersion = 3;
    private const int OldestFormatVersion = 2;
    private static readonly byte[] Magic = "NCNG"u8.ToArray();
    private readonly ObjectPool<Scratch> _scratch;

    private NgramFeaturizer(NgramOptions options, NgramVocabulary vocabulary)
    {
        Options = options;
        Vocabulary = vocabulary;
        _scratch = new DefaultObjectPool<Scratch>(new ScratchPolicy(vocabulary.Count), Environment.ProcessorCount * 2);
    }

    /// <summary>What the featurizer extracts.</summary>
    public NgramOptions Options { get; }

    /// <summary>The length of every feature vector.</summary>
    public int FeatureCount => Vocabulary.Count;

    internal NgramVocabulary Vocabulary { get; }

    /// <summary>Learns the vocabulary and inverse document frequencies from training documents.</summary>
    /// <param name="documents">The training texts.</param>
    /// <param name="options">What to extract and how to weight it.</param>
    /// <param name="labels">Each document's label; needed only when <see cref="NgramOptions.LabelWeighting"/> is above 0.</param>
    public static NgramFeaturizer Fit(IReadOnlyList<string> documents, NgramOptions options, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        int[]? labelIndexes = null;
        if (labels is not null)
        {
            var index = labels.Distinct().Order(StringComparer.Ordinal).Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
            labelIndexes = labels.Select(l => index[l]).ToArray();
        }

        return new NgramFeaturizer(options, NgramVocabulary.Build(documents, options, labelIndexes));
    }

    /// <summary>The features of one text: TF × IDF, each block (words, characters) scaled to unit length.</summary>
    public VBuffer<float> Featurize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = _scratch.Get();
        try
        {
            return FeaturizeWith(text, scratch);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    private VBuffer<float> FeaturizeWith(string text, Scratch scratch)
    {
        var sink = new CountingSink(Vocabulary, scratch);
        NgramExtractor.Extract(text, Options, ref scratch.Buffers, ref sink);

        var count = scratch.TouchedCount;
        var indices = new int[count];
        var values = new float[count];
        Array.Copy(scratch.Touched, indices, count);
        Array.Sort(indices);
        double wordNorm = 0, charNorm = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = indices[i];
            var occurrences = scratch.Counts[slot];
            var value = (float)((Options.SublinearTf ? 1.0 + Math.Log(occurrences) : occurrences) * Vocabulary.Idf[slot]);
            scratch.Counts[slot] = 0;
            values[i] = value;
            if (slot < Vocabulary.WordCount)
            {
                wordNorm += value * value;
            }
            else
            {
                charNorm += value * value;
            }
        }

        var wordScale = wordNorm > 0 ? (float)(1 / Math.Sqrt(wordNorm)) : 0f;
        var charScale = charNorm > 0 ? (float)(1 / Math.Sqrt(charNorm)) : 0f;
        for (var i = 0; i < count; i++)
        {
            values[i] *= indices[i] < Vocabulary.WordCount ? wordScale : charScale;
        }

        scratch.TouchedCount = 0;
        return new VBuffer<float>(Vocabulary.Count, count, values, indices);
    }

    /// <summary>The n-gram of a feature slot, and whether it is a word n-gram.</summary>
    public (string Ngram, bool IsWord) SlotName(int slot) => (Vocabulary.Texts[slot], slot < Vocabulary.WordCount);

    /// <summary>Writes the options and vocabulary (the zip entry <see cref="EntryName"/>).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Options.WordNgramMax);
        writer.Write(Options.CharNgramMin);
        writer.Write(Options.CharNgramMax);
        writer.Write(Options.MinDocumentFrequency);
        writer.Write(Options.CharAcrossWords);
        writer.Write(Options.LabelWeighting);
        writer.Write(Options.SublinearTf);
        writer.Write(Vocabulary.Count);
        writer.Write(Vocabulary.WordCount);
        for (var i = 0; i < Vocabulary.Count; i++)
        {
            writer.Write(Vocabulary.Hashes[i]);
            writer.Write(Vocabulary.Idf[i]);
            writer.Write(Vocabulary.Texts[i]);
        }
    }

    /// <summary>Reads what <see cref="Save"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a featurizer of a version this library reads.</exception>
    public static NgramFeaturizer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var version = reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) ? reader.ReadInt32() : -1;
            if (version is < OldestFormatVersion or > FormatVersion)
            {
                throw new InvalidDataException("not an n-gram featurizer of a version this library reads");
            }

            var options = new NgramOptions(
                reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(),
                LabelWeighting: version >= 3 ? reader.ReadDouble() : 0,
                SublinearTf: version < 3 || reader.ReadBoolean());
            options.Validate();
            var count = reader.ReadInt32();
            var wordCount = reader.ReadInt32();
            if (count < 0 || wordCount < 0 || wordCount > count || count > 100_000_000)
            {
                throw new InvalidDataException($"implausible vocabulary size {count}");
            }

            var hashes = new ulong[count];
            var idf = new float[count];
            var texts = new string[count];
            for (var i = 0; i < count; i++)
            {
                hashes[i] = reader.ReadUInt64();
                idf[i] = reader.ReadSingle();
                texts[i] = reader.ReadString();
            }

            return new NgramFeaturizer(options, new NgramVocabulary(hashes, idf, texts, wordCount));
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IOException)
        {
            throw new InvalidDataException($"the n-gram featurizer is truncated or corrupt ({e.Message})", e);
        }
    }

    // Per-call work space: a count per vocabulary slot (reset after each text) and the slots touched.
    private sealed class Scratch(int vocabularySize)
    {
        public NgramExtractor.Buffers Buffers;
        public int[] Counts { get; } = new int[vocabularySize];
        public int[] Touched { get; set; } = new int[256];
        public int TouchedCount { get; set; }
    }

    private sealed class ScratchPolicy(int vocabularySize) : IPooledObjectPolicy<Scratch>
    {
        public Scratch Create() => new(vocabularySize);

        public bool Return(Scratch obj) => true;
    }

    private readonly struct CountingSink(NgramVocabulary vocabulary, Scratch scratch) : IGramSink
    {
        public void Add(ulong hash, bool isWord, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            if (!vocabulary.TryGetSlot(hash, out var slot))
            {
                return;
            }

            if (scratch.Counts[slot]++ == 0)
            {
                if (scratch.TouchedCount == scratch.Touched.Length)
                {
                    var grown = scratch.Touched;
                    Array.Resize(ref grown, grown.Length * 2);
                    scratch.Touched = grown;
                }

                scratch.Touched[scratch.TouchedCount++] = slot;
            }
        }
    }
}
