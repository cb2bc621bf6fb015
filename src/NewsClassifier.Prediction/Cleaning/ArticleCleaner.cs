using System.Text;

namespace NewsClassifier.Prediction.Cleaning;

/// <summary>
/// Removes scraped-page debris from an article so the models read only the article itself: links to
/// other stories and lists of their headlines, tickers, captions, credits, datelines, share, comment
/// and cookie prompts, in Indonesian and English. The article's own sentences, quotes and numbers stay.
/// Training, evaluation and prediction all clean text through this one class, so a model always sees
/// text prepared the way it was trained.
/// </summary>
public static class ArticleCleaner
{
    /// <summary>
    /// Version of the cleaning rules, written into every model trained with cleaning. Change it whenever
    /// a rule changes what text comes out, so that served models warn about the mismatch.
    /// </summary>
    public const string Version = "1";

    /// <summary>The article as the models see it.</summary>
    public static string Clean(string text) => Analyze(text).Text;

    /// <summary>The cleaned article and every removed line with the rule that removed it.</summary>
    public static CleaningResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Split(text);
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (LineRules.Classify(line.Text) is { } rule)
            {
                line.Remove(rule);
            }
        }

        BlockRules.RemoveHeadlineLists(lines);
        BlockRules.RemoveLinkBlocks(lines);
        BlockRules.RemoveRepeats(lines);
        StripOpeningDateline(lines);
        StripClosingInitials(lines);

        var removed = lines.Where(l => l.RemovedBy is not null)
            .Select(l => new RemovedLine(l.Number, l.Text, l.RemovedBy!)).ToArray();
        return new CleaningResult(Join(lines), removed);
    }

    private static List<PageLine> Split(string text)
    {
        var lines = new List<PageLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            lines.Add(new PageLine(++number, Normalize(raw)));
        }

        return lines;
    }

    /// <summary>Trims, turns every run of whitespace (tabs, no-break spaces) into one space, drops invisible characters.</summary>
    private static string Normalize(string line)
    {
        var text = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\r')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// Removes an outlet's dateline ("Jakarta, CNN Indonesia --") from the first paragraph of the body: the
    /// first of the opening lines where one is followed by a paragraph's worth of text.
    /// </summary>
    private static void StripOpeningDateline(List<PageLine> lines)
    {
        foreach (var line in lines.Where(l => l.IsKept).Take(3))
        {
            if (DebrisPatterns.OpeningDateline().Match(line.Text) is { Success: true } dateline
                && TextShape.WordCount(line.Text[dateline.Length..]) >= 8)
            {
                line.Text = line.Text[dateline.Length..];
                return;
            }
        }
    }

    /// <summary>Removes newsroom initials ("(rhm)") from the end of the last line of the article.</summary>
    private static void StripClosingInitials(List<PageLine> lines)
    {
        var last = lines.LastOrDefault(l => l.IsKept);
        if (last is not null && DebrisPatterns.InitialsTag().Match(last.Text) is { Success: true, Index: > 0 } tag)
        {
            last.Text = last.Text[..tag.Index];
        }
    }

    /// <summary>Kept lines, one per line, with a blank line where the page had one between them.</summary>
    private static string Join(List<PageLine> lines)
    {
        var text = new StringBuilder();
        var gap = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                gap = true;
                continue;
            }

            if (!line.IsKept)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(gap ? "\n\n" : "\n");
            }

            text.Append(line.Text);
            gap = false;
        }

        return text.ToString();
    }
}
