using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NewsClassifier.Prediction.Cleaning;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Cleaning;

/// <summary>Property tests with FsCheck: the cleaner takes any text without failing and only ever removes.</summary>
public class CleanerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Baca Juga: ", "• 5 jam lalu", "thumb", "Artikel Asli", "\n", "\n\n", " ", "\t", "\r\n", "IDX30 416 -1,10 -0,26%", "(rhm)",
        "Jakarta, CNN Indonesia -- ", "Presiden berkata bahwa ekonomi tumbuh lima persen tahun ini.", "\"", "|", "ILUSTRASI. ",
        "Sumber: Reuters", "kompas.com", "\u200B", "\u00A0", "\uD83D\uDE00", "\uD800", "\0", "日本語", "x",
    ];

    [Fact]
    public void ArbitraryText_NeverFailsAndOnlyKeepsWhatWasThere() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(10_000), Prop.ForAll(Text().ToArbitrary(), text =>
        {
            var cleaned = ArticleCleaner.Clean(text);
            var input = Normalized(text);
            return cleaned.Length <= text.Length && cleaned.Split('\n').All(line => input.Contains(line, StringComparison.Ordinal));
        }));

    private static Gen<string> Text() => Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => string.Concat(pieces));

    // The cleaner drops invisible characters and turns each run of whitespace in a line into one space;
    // every line it keeps (or cuts a dateline or initials from) is then a piece of the input.
    private static string Normalized(string text) =>
        Regex.Replace(text.Replace("\u200B", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal), @"[^\S\n]+", " ");
}
