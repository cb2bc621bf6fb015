namespace NewsClassifier.Prediction.Cleaning;

/// <summary>Rules that judge a line by its neighbours: lists of other stories' headlines, and repeated lines.</summary>
internal static class BlockRules
{
    /// <summary>
    /// A list of other stories is a run of short headline lines, each followed by a relative time
    /// ("• 5 jam lalu") and often a "thumb". The time lines are already removed; this removes the headline
    /// before each one, when the time line is part of a list (a bullet, a site name glued to it, or another
    /// time line close by), so that a lone "5 jam lalu" under the article's own title does not take the title.
    /// </summary>
    public static void RemoveHeadlineLists(IReadOnlyList<PageLine> lines)
    {
        var times = Enumerable.Range(0, lines.Count).Where(i => lines[i].RemovedBy == "relative-time").ToArray();
        for (var t = 0; t < times.Length; t++)
        {
            var i = times[t];
            var inList = IsListTime(lines[i].Text)
                || (t > 0 && i - times[t - 1] <= 4)
                || (t + 1 < times.Length && times[t + 1] - i <= 4);
            if (!inList)
            {
                continue;
            }

            var previous = PreviousNonBlank(lines, i);
            if (previous >= 0 && lines[previous].RemovedBy is null && TextShape.IsHeadlineLike(lines[previous].Text))
            {
                lines[previous].Remove("headline-list");
            }
        }
    }

    /// <summary>
    /// After an end-of-article marker ("Artikel Asli", "Lanjut baca:", "TERBARU", "Berita terkait"), the
    /// short lines that follow are links, until prose resumes.
    /// </summary>
    public static void RemoveLinkBlocks(IReadOnlyList<PageLine> lines)
    {
        var inBlock = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (line.RemovedBy is { } rule)
            {
                inBlock |= rule == "end-marker";
                continue;
            }

            if (inBlock && TextShape.IsHeadlineLike(line.Text))
            {
                line.Remove("link-block");
            }
            else
            {
                inBlock = false;
            }
        }
    }

    /// <summary>Removes exact repeats of an earlier line (pages often print the headline twice).</summary>
    public static void RemoveRepeats(IReadOnlyList<PageLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.IsKept))
        {
            if (!seen.Add(line.Text))
            {
                line.Remove("repeat");
            }
        }
    }

    private static bool IsListTime(string text) =>
        text.TrimStart().StartsWith('•') || text.TrimStart().StartsWith('·') || DebrisPatterns.SiteNameSuffix().IsMatch(text);

    private static int PreviousNonBlank(IReadOnlyList<PageLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].IsBlank || lines[i].RemovedBy is "prompt")
            {
                continue;
            }

            return i;
        }

        return -1;
    }
}
