using System.Runtime.InteropServices;

namespace NewsClassifier.Prediction.Featurizing;

/// <summary>
/// The n-grams a featurizer knows, with their inverse document frequencies: word n-grams first (slots
/// 0 … <see cref="WordCount"/> − 1), then character n-grams. Built from training documents; saved in and
/// loaded from the model zip.
/// </summary>
internal sealed class NgramVocabulary
{
    private readonly Dictionary<ulong, int> _slots;

    public NgramVocabulary(ulong[] hashes, float[] idf, string[] texts, int wordCount)
    {
        Hashes = hashes;
        Idf = idf;
        Texts = texts;
        WordCount = wordCount;
        _slots = new Dictionary<ulong, int>(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            _slots[hashes[i]] = i;
        }
    }

    public ulong[] Hashes { get; }

    public float[] Idf { get; }

    /// <summary>The n-grams as text (word pairs joined by a space), for explanations.</summary>
    public string[] Texts { get; }

    public int WordCount { get; }

    public int Count => Hashes.Length;

    public bool TryGetSlot(ulong hash, out int slot) => _slots.TryGetValue(hash, out slot);

    /// <summary>
    /// Counts in how many documents (and, for label weighting, in how many documents of each label) each
    /// n-gram occurs, in parallel, then merged; keeps those in at least
    /// <see cref="NgramOptions.MinDocumentFrequency"/> documents, and orders them by kind then hash, so the
    /// slots never depend on thread timing. IDF is smooth, as scikit-learn's: ln((1 + n) / (1 + df)) + 1.
    /// </summary>
    /// <param name="documents">The training texts.</param>
    /// <param name="options">What to extract.</param>
    /// <param name="labels">Each document's label as 0 … labelCount − 1; needed only for label weighting.</param>
    public static NgramVocabulary Build(IReadOnlyList<string> documents, NgramOptions options, IReadOnlyList<int>? labels = null)
    {
        options.Validate();
        var labelCount = 0;
        if (options.LabelWeighting > 0)
        {
            if (labels is null || labels.Count != documents.Count)
            {
                throw new ArgumentException("label weighting needs one label per document", nameof(labels));
            }

            labelCount = labels.Count == 0 ? 0 : labels.Max() + 1;
        }

        var partitions = Math.Max(1, Math.Min(Environment.ProcessorCount, documents.Count / 64));
        var counts = new Dictionary<ulong, GramCount>[partitions];
        Parallel.For(0, partitions, p =>
        {
            var sink = new DocumentFrequencySink(new Dictionary<ulong, GramCount>(), new HashSet<ulong>(), labelCount);
            var buffers = default(NgramExtractor.Buffers);
            for (var d = p; d < documents.Count; d += partitions)
            {
                sink.Seen.Clear();
                sink.Label = labelCount > 0 ? labels![d] : 0;
                NgramExtractor.Extract(documents[d], options, ref buffers, ref sink);
            }

            counts[p] = sink.Counts;
        });

        var merged = counts[0];
        foreach (var partial in counts.Skip(1))
        {
            foreach (var (hash, count) in partial)
            {
                merged[hash] = merged.TryGetValue(hash, out var existing) ? existing.Merge(count) : count;
            }
        }

        var kept = merged.Where(g => g.Value.Documents >= options.MinDocumentFrequency)
            .OrderBy(g => g.Value.IsWord ? 0 : 1).ThenBy(g => g.Key)
            .ToArray();
        var n = documents.Count;
        var idf = kept.Select(g => (float)(Math.Log((1.0 + n) / (1.0 + g.Value.Documents)) + 1.0)).ToArray();
        if (labelCount > 0)
        {
            LabelWeights.Apply(idf, kept.Select(g => g.Value.ByLabel!).ToArray(), options.LabelWeighting);
        }

        return new NgramVocabulary(
            kept.Select(g => g.Key).ToArray(),
            idf,
            kept.Select(g => g.Value.Text).ToArray(),
            kept.Count(g => g.Value.IsWord));
    }

    /// <summary>One n-gram's document count, overall and per label (null without label weighting).</summary>
    private readonly record struct GramCount(int Documents, bool IsWord, string Text, int[]? ByLabel)
    {
        public GramCount Merge(GramCount other)
        {
            if (ByLabel is not null)
            {
                for (var i = 0; i < ByLabel.Length; i++)
                {
                    ByLabel[i] += other.ByLabel![i];
                }
            }

            return this with { Documents = Documents + other.Documents };
        }
    }

    private struct DocumentFrequencySink(Dictionary<ulong, GramCount> counts, HashSet<ulong> seen, int labelCount) : IGramSink
    {
        public readonly Dictionary<ulong, GramCount> Counts => counts;

        public readonly HashSet<ulong> Seen => seen;

        /// <summary>The label of the document being counted.</summary>
        public int Label { get; set; }

        public readonly void Add(ulong hash, bool isWord, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            if (!seen.Add(hash))
            {
                return;
            }

            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, hash, out var exists);
            if (!exists)
            {
                count = new GramCount(0, isWord, second.IsEmpty ? new string(first) : string.Concat(first, " ", second), labelCount > 0 ? new int[labelCount] : null);
            }

            count = count with { Documents = count.Documents + 1 };
            if (count.ByLabel is { } byLabel)
            {
                byLabel[Label]++;
            }
        }
    }
}
