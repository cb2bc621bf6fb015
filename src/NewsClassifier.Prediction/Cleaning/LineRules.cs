namespace NewsClassifier.Prediction.Cleaning;

/// <summary>Judges one line on its own: returns the name of the debris rule it matches, or null for article text.</summary>
internal static class LineRules
{
    // Debris lines are short; a long line that happens to start like a prompt is article text.
    private const int MaxDebrisWords = 30;

    public static string? Classify(string line)
    {
        var words = TextShape.WordCount(line);
        if (words > MaxDebrisWords)
        {
            return null;
        }

        if (DebrisPatterns.EndMarker().IsMatch(line))
        {
            return "end-marker";
        }

        if (DebrisPatterns.ReadAlso().IsMatch(line))
        {
            return "read-also";
        }

        if (DebrisPatterns.Prompt().IsMatch(line))
        {
            return "prompt";
        }

        if (DebrisPatterns.Cookie().IsMatch(line))
        {
            return "cookie";
        }

        if (words <= 8 && DebrisPatterns.RelativeTime().IsMatch(line))
        {
            return "relative-time";
        }

        if (words <= 15 && DebrisPatterns.Credit().IsMatch(line))
        {
            return "credit";
        }

        if (DebrisPatterns.Caption().IsMatch(line))
        {
            return "caption";
        }

        if (words <= 10 && DebrisPatterns.DateLine().IsMatch(line))
        {
            return "dateline";
        }

        if (words <= 2 && DebrisPatterns.SiteName().IsMatch(line))
        {
            return "site-name";
        }

        if (IsTicker(line) || IsTableFragment(line))
        {
            return "ticker";
        }

        return DebrisPatterns.InitialsTag().Match(line) is { Success: true } tag && tag.Index == 0 ? "initials" : null;
    }

    /// <summary>
    /// A market ticker row such as "• IDX30 416 -1,10 -0,26%": a name or two, then figures of which one is
    /// a change (signed, or a percentage). Sentences, scores ("Illinois 7") and labelled data
    /// ("15 Juni: 23.905 penumpang") have more words, no signed change, or a colon, and are kept.
    /// </summary>
    private static bool IsTicker(string line)
    {
        if (line.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var numbers = 0;
        var words = 0;
        var change = false;
        foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (DebrisPatterns.Number().IsMatch(token))
            {
                numbers++;
                change |= token.EndsWith('%') || token[0] is '-' or '+';
            }
            else if (token.Any(char.IsLetter))
            {
                words++;
            }
        }

        return numbers >= 2 && words <= 3 && change && !TextShape.EndsLikeSentence(line);
    }

    /// <summary>A scraped table header such as "| : WIB | INDIKATOR |".</summary>
    private static bool IsTableFragment(string line) =>
        line.Count(c => c == '|') >= 2 && TextShape.WordCount(line.Replace('|', ' ')) <= 4;
}
