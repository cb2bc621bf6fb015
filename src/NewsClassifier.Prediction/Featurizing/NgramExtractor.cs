namespace NewsClassifier.Prediction.Featurizing;

/// <summary>
/// Splits text into lower-case tokens (runs of letters and digits) and hands every word n-gram and every
/// character n-gram (of the whole space-joined token stream, or inside each space-padded token) to a sink,
/// without allocating per n-gram.
/// </summary>
internal static class NgramExtractor
{
    // Single-letter tokens carry little meaning as words (as in scikit-learn's default token pattern);
    // they still give character n-grams.
    private const int MinWordLength = 2;

    public static void Extract<TSink>(ReadOnlySpan<char> text, NgramOptions options, ref Buffers buffers, ref TSink sink)
        where TSink : struct, IGramSink
    {
        var padded = Tokenize(text, ref buffers);
        var tokens = buffers.Tokens.AsSpan(0, buffers.TokenCount);
        if (options.WordNgramMax > 0)
        {
            AddWords(padded, tokens, options.WordNgramMax, ref sink);
        }

        if (options.CharNgramMax > 0 && options.CharAcrossWords)
        {
            AddChars(padded, options.CharNgramMin, options.CharNgramMax, ref sink);
        }
        else if (options.CharNgramMax > 0)
        {
            foreach (var (start, length) in tokens)
            {
                AddChars(padded.Slice(start - 1, length + 2), options.CharNgramMin, options.CharNgramMax, ref sink);
            }
        }
    }

    /// <summary>Lower-cases the text into " tok1 tok2 … " and records where each token starts and how long it is.</summary>
    private static ReadOnlySpan<char> Tokenize(ReadOnlySpan<char> text, ref Buffers buffers)
    {
        buffers.EnsureCapacity(text.Length);
        var chars = buffers.Chars;
        var length = 0;
        var tokenStart = -1;
        buffers.TokenCount = 0;
        chars[length++] = ' ';
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (tokenStart < 0)
                {
                    tokenStart = length;
                }

                chars[length++] = char.ToLowerInvariant(c);
            }
            else if (tokenStart >= 0)
            {
                buffers.AddToken(tokenStart, length - tokenStart);
                chars[length++] = ' ';
                tokenStart = -1;
            }
        }

        if (tokenStart >= 0)
        {
            buffers.AddToken(tokenStart, length - tokenStart);
            chars[length++] = ' ';
        }

        return chars.AsSpan(0, length);
    }

    private static void AddWords<TSink>(ReadOnlySpan<char> padded, ReadOnlySpan<(int Start, int Length)> tokens, int maxN, ref TSink sink)
        where TSink : struct, IGramSink
    {
        var previous = ReadOnlySpan<char>.Empty;
        var previousHash = 0UL;
        foreach (var (start, length) in tokens)
        {
            if (length < MinWordLength)
            {
                continue;
            }

            var word = padded.Slice(start, length);
            var hash = NgramHash.Add(NgramHash.Start(NgramHash.WordKind), word);
            sink.Add(hash, true, word, []);
            if (maxN >= 2 && !previous.IsEmpty)
            {
                var pair = NgramHash.Add(NgramHash.Add(previousHash, ' '), word);
                sink.Add(pair, true, previous, word);
            }

            previous = word;
            previousHash = hash;
        }
    }

    private static void AddChars<TSink>(ReadOnlySpan<char> word, int minN, int maxN, ref TSink sink)
        where TSink : struct, IGramSink
    {
        for (var n = minN; n <= maxN; n++)
        {
            if (word.Length <= n)
            {
                // A short word is counted once, whole, as scikit-learn's char_wb does.
                sink.Add(NgramHash.Add(NgramHash.Start(NgramHash.CharKind), word), false, word, []);
                return;
            }

            for (var offset = 0; offset + n <= word.Length; offset++)
            {
                var gram = word.Slice(offset, n);
                sink.Add(NgramHash.Add(NgramHash.Start(NgramHash.CharKind), gram), false, gram, []);
            }
        }
    }

    /// <summary>Reusable work space for one thread.</summary>
    internal struct Buffers
    {
        public char[] Chars;
        public (int Start, int Length)[] Tokens;
        public int TokenCount;

        public void EnsureCapacity(int textLength)
        {
            if (Chars is null || Chars.Length < (textLength * 2) + 2)
            {
                Chars = new char[Math.Max(1024, (textLength * 2) + 2)];
            }

            Tokens ??= new (int, int)[256];
        }

        public void AddToken(int start, int length)
        {
            if (TokenCount == Tokens.Length)
            {
                Array.Resize(ref Tokens, Tokens.Length * 2);
            }

            Tokens[TokenCount++] = (start, length);
        }
    }
}
