using System.Globalization;
using System.Text;

namespace NewsClassifier.Cli.Scoring;

/// <summary>What a <c>score</c> run did with every row it read: read = scored + rejected, always.</summary>
internal sealed class ScoreSummary
{
    private readonly SortedDictionary<string, long> _reasons = new(StringComparer.Ordinal);

    public long Read { get; private set; }

    public long Scored { get; private set; }

    public long Rejected { get; private set; }

    /// <summary>Rows whose text was longer than the limit and was cut (they are scored).</summary>
    public long Truncated { get; private set; }

    /// <summary>Rows of the file outside this shard (not read for scoring).</summary>
    public long OtherShards { get; private set; }

    public long BlankLines { get; set; }

    /// <summary>Time from the first row read to the output committed (model loading excluded).</summary>
    public TimeSpan ScoringTime { get; set; }

    public void CountScored(bool truncated)
    {
        Read++;
        Scored++;
        Truncated += truncated ? 1 : 0;
    }

    public void CountRejected(string reasonKind)
    {
        Read++;
        Rejected++;
        _reasons[reasonKind] = _reasons.GetValueOrDefault(reasonKind) + 1;
    }

    public void CountOtherShard() => OtherShards++;

    public string Render(TimeSpan elapsed, Shard shard)
    {
        var text = new StringBuilder();
        var rate = ScoringTime.TotalSeconds > 0 ? Scored / ScoringTime.TotalSeconds : 0;
        text.AppendLine(Invariant(
            $"scored {Scored:N0} rows in {ScoringTime.TotalSeconds:F1} s ({rate:N0} rows/s; {elapsed.TotalSeconds:F1} s with loading the models)"));
        if (shard.Count > 1)
        {
            text.AppendLine(Invariant($"shard {shard}: {OtherShards:N0} rows of the file belong to other shards"));
        }

        foreach (var (reason, count) in _reasons)
        {
            text.AppendLine(Invariant($"rejected {count:N0} rows: {reason}"));
        }

        if (Truncated > 0)
        {
            text.AppendLine(Invariant($"warning: {Truncated:N0} rows had text longer than the limit; only their start was scored"));
        }

        if (BlankLines > 0)
        {
            text.AppendLine(Invariant($"passed over {BlankLines:N0} blank lines (not rows)"));
        }

        text.Append(Invariant($"read {Read}, scored {Scored}, rejected {Rejected}"));
        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
