namespace NewsClassifier.Prediction.Featurizing;

/// <summary>Receives the n-grams of a text, one call per occurrence.</summary>
internal interface IGramSink
{
    /// <param name="hash">The n-gram's hash (kind included, so a word never equals a character n-gram).</param>
    /// <param name="isWord">Word n-gram (true) or character n-gram (false).</param>
    /// <param name="first">The n-gram, or for a word pair its first word.</param>
    /// <param name="second">The second word of a word pair; empty otherwise.</param>
    void Add(ulong hash, bool isWord, ReadOnlySpan<char> first, ReadOnlySpan<char> second);
}
