using System.Globalization;

namespace NewsClassifier.Cli.Scoring;

/// <summary>A slice of a file for job arrays: the rows whose 0-based index mod <see cref="Count"/> is <see cref="Index"/>.</summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(0, 1);

    public bool Contains(long row) => (row - 1) % Count == Index;

    /// <summary>Parses "K/N" with 0 ≤ K &lt; N.</summary>
    /// <exception cref="UsageException">The text is not of that form.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            return new Shard(index, count);
        }

        throw new UsageException($"--shard {text}: expected K/N with 0 <= K < N, such as 0/4");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
