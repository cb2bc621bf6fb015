using System.Globalization;

namespace NewsClassifier.DebrisEffect;

/// <summary>
/// Wraps an article in the debris a scraper returns with it, in Indonesian or English: market tickers, a
/// photo caption and a credit line, "read also" links and a list of other stories' headlines with
/// relative times and site names, share, comment and cookie prompts. The headlines come from articles of
/// other classes, because that is what makes debris poison for a topic model. Seeded: the same seed
/// gives the same pages. The wording varies on purpose, so the measurement is not of one template.
/// </summary>
internal sealed class DebrisGenerator(int seed, bool indonesian)
{
    private static readonly string[] Tickers = ["IHSG", "LQ45", "IDX30", "EMAS", "USD/IDR", "KOMPAS100", "DJIA", "FTSE 100", "Brent", "Nikkei"];
    private static readonly string[] Sites = ["kompas.com", "detik.com", "liputan6.com", "kumparan.com", "tribunnews.com", "bbc.co.uk", "reuters.com", "theguardian.com"];
    private static readonly string[] Names = ["Budi Santoso", "Siti Aminah", "Rina Wijaya", "John Carter", "Emma Hughes", "Agus Salim"];
    private readonly Random _random = new(seed);

    public string Wrap(string article, IReadOnlyList<string> otherTitles)
    {
        var paragraphs = article.Split("\n\n").ToList();
        var page = new List<string>();
        page.AddRange(TickerBlock());
        page.Add(Caption(otherTitles));
        page.Add(Credit());
        var middle = Math.Max(1, paragraphs.Count / 2);
        page.AddRange(paragraphs.Take(middle));
        page.Add(ReadAlso(Pick(otherTitles)));
        page.AddRange(paragraphs.Skip(middle));
        page.AddRange(SharePrompts());
        page.AddRange(HeadlineList(otherTitles));
        page.Add(indonesian ? "Kami menggunakan cookie untuk pengalaman terbaik. Setuju" : "We use cookies to give you the best experience. Accept all");
        return string.Join('\n', page);
    }

    private IEnumerable<string> TickerBlock()
    {
        var rows = _random.Next(3, 9);
        for (var i = 0; i < rows; i++)
        {
            var change = (_random.NextDouble() - 0.5) * 4;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  • {Tickers[_random.Next(Tickers.Length)]} {_random.Next(100, 20000):N0}   {change * 10:+0.00;-0.00}   {change:+0.00;-0.00}%");
        }
    }

    private string Caption(IReadOnlyList<string> titles) => _random.Next(3) switch
    {
        0 => $"ILUSTRASI. {Pick(titles)}. REUTERS/{Pick(Names)}",
        1 => indonesian ? $"FOTO: {Pick(titles)} (ANTARA FOTO/{Pick(Names)})" : $"Image caption: {Pick(titles)} (Photo: Reuters)",
        _ => indonesian ? $"Ilustrasi: {Pick(titles)}" : $"Caption: {Pick(titles)}",
    };

    private string Credit() => indonesian
        ? _random.Next(2) == 0 ? $"Sumber: Reuters | Editor: {Pick(Names)}" : $"Reporter: {Pick(Names)} | Editor: {Pick(Names)}"
        : _random.Next(2) == 0 ? $"By: {Pick(Names)}" : $"(Reporting by {Pick(Names)}; Editing by {Pick(Names)})";

    private string ReadAlso(string title) => indonesian
        ? new[] { "Baca Juga: ", "BACA JUGA : ", "Baca juga: ", "Simak Juga: " }[_random.Next(4)] + title
        : new[] { "Read more: ", "READ MORE: ", "Also read: " }[_random.Next(3)] + title;

    private IEnumerable<string> SharePrompts() => indonesian
        ? ["Bagikan artikel ini", "Berikan komentar Anda"]
        : ["Share this article", "Tweet"];

    private IEnumerable<string> HeadlineList(IReadOnlyList<string> titles)
    {
        yield return indonesian ? new[] { "Artikel Asli", "TERBARU", "Berita Terkait", "Lanjut baca:" }[_random.Next(4)] : new[] { "Related stories", "More from", "Top stories" }[_random.Next(3)];
        var count = _random.Next(4, 7);
        for (var i = 0; i < count; i++)
        {
            if (_random.Next(2) == 0)
            {
                yield return "thumb";
            }

            yield return Pick(titles);
            var hours = _random.Next(1, 24);
            var unit = indonesian ? $"{hours} jam lalu" : $"{hours} hours ago";
            yield return _random.Next(2) == 0 ? $"• {unit}{Pick(Sites)}" : $"• {unit}";
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
