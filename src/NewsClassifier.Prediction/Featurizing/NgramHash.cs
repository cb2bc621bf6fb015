namespace NewsClassifier.Prediction.Featurizing;

/// <summary>
/// 64-bit FNV-1a hashes of n-grams, computed over the characters without building strings. With about a
/// million distinct n-grams, the chance that any two share a hash is about 3 in 100 million.
/// </summary>
internal static class NgramHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public const char WordKind = 'w';
    public const char CharKind = 'c';

    public static ulong Start(char kind) => Add(Offset, kind);

    public static ulong Add(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }
}
