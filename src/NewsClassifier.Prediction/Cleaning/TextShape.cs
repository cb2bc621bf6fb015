namespace NewsClassifier.Prediction.Cleaning;

/// <summary>Cheap measures of what a line looks like: prose, a headline, or a fragment.</summary>
internal static class TextShape
{
    public static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    /// <summary>Ends as a sentence does: a full stop, question or exclamation mark, or a closing quote.</summary>
    public static bool EndsLikeSentence(string line)
    {
        if (line.Length == 0)
        {
            return false;
        }

        var last = line[^1];
        return last is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ')';
    }

    /// <summary>
    /// A short line that does not end as a sentence: the shape of a headline in a list of links. Article
    /// paragraphs are longer or end with punctuation.
    /// </summary>
    public static bool IsHeadlineLike(string line) =>
        line.Length > 0 && WordCount(line) <= 20 && !EndsLikeSentence(line);

    /// <summary>Prose: long enough and ending like a sentence.</summary>
    public static bool IsProse(string line) => WordCount(line) >= 12 && EndsLikeSentence(line);
}
