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
    /// Counts in how many documents each n-gram occurs (in parallel, then merged), keeps those in at least
    /// <see cref="NgramOptions.MinDocumentFrequency"/> documents, and orders them by kind then hash, so the
    /// slots never depend on thread timing. IDF is smooth, as scikit-learn's: ln((1 + n) / (1 + df)) + 1.
    /// </summary>
    public static NgramVocabulary Build(IReadOnlyList<string> documents, NgramOptions options)
    {
        options.Validate();
        var partitions = Math.Max(1, Math.Min(Environment.ProcessorCount, documents.Count / 64));
        var counts = new Dictionary<ulong, GramCount>[partitions];
        Parallel.For(0, partitions, p =>
        {
            var sink = new DocumentFrequencySink(new Dictionary<ulong, GramCount>(), new HashSet<ulong>());
            var buffers = default(NgramExtractor.Buffers);
            for (var d = p; d < documents.Count; d += partitions)
            {
                sink.Seen.Clear();
                NgramExtractor.Extract(documents[d], options, ref buffers, ref sink);
            }

            counts[p] = sink.Counts;
        });

        var merged = counts[0];
        foreach (var partial in counts.Skip(1))
        {
            foreach (var (hash, count) in partial)
            {
                merged[hash] = merged.TryGetValue(hash, out var existing) ? existing with { Documents = existing.Documents + count.Documents } : count;
            }
        }

        var kept = merged.Where(g => g.Value.Documents >= options.MinDocumentFrequency)
            .OrderBy(g => g.Value.IsWord ? 0 : 1).ThenBy(g => g.Key)
            .ToArray();
        var n = documents.Count;
        return new NgramVocabulary(
            kept.Select(g => g.Key).ToArray(),
            kept.Select(g => (float)(Math.Log((1.0 + n) / (1.0 + g.Value.Documents)) + 1.0)).ToArray(),
            kept.Select(g => g.Value.Text).ToArray(),
            kept.Count(g => g.Value.IsWord));
    }

    private readonly record struct GramCount(int Documents, bool IsWord, string Text);

    private readonly struct DocumentFrequencySink(Dictionary<ulong, GramCount> counts, HashSet<ulong> seen) : IGramSink
    {
        public Dictionary<ulong, GramCount> Counts { get; } = counts;

        public HashSet<ulong> Seen { get; } = seen;

        public void Add(ulong hash, bool isWord, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            if (!Seen.Add(hash))
            {
                return;
            }

            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(Counts, hash, out var exists);
            count = exists
                ? count with { Documents = count.Documents + 1 }
                : new GramCount(1, isWord, second.IsEmpty ? new string(first) : string.Concat(first, " ", second));
        }
    }
}
