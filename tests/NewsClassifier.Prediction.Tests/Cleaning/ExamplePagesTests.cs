using NewsClassifier.Prediction.Cleaning;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Cleaning;

/// <summary>The two scraped pages of ../shared/examples: every paragraph of the article stays, the debris goes.</summary>
public class ExamplePagesTests
{
    private static readonly string[] DebrisOnBothPages =
        ["Baca Juga", "jam lalu", "Artikel Asli", "Berikan komentar", "Lanjut baca", "thumb", "TERBARU", "Berhasil disimpan"];

    [SharedDataFact("examples/kontan-putin-xi-call.txt")]
    public void Clean_KontanPage_KeepsTheBodyAndDropsTickersLinksAndCredits()
    {
        var page = File.ReadAllText(RepoPaths.SharedFile("examples", "kontan-putin-xi-call.txt"));

        var cleaned = ArticleCleaner.Clean(page);

        foreach (var sentence in new[]
        {
            "Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping berbicara melalui telepon pada Kamis (8/2/2024).",
            "Putin dan Xi bertemu dua kali tahun lalu ketika perdagangan China-Rusia mencapai US$ 218,2 miliar selama Januari-November",
            "Rusia juga mendukung kebijakan China terhadap Taiwan, katanya.",
            "\"Putin dan Xi menekankan seruan mereka bahwa penting untuk membangun infrastruktur keuangan yang menjamin keandalan pembayaran,\" kata Ushakov.",
            "Xi mengatakan, kedua belah pihak harus dengan tegas menentang campur tangan kekuatan eksternal dalam urusan dalam negeri mereka.",
        })
        {
            Assert.Contains(sentence, cleaned, StringComparison.Ordinal);
        }

        foreach (var paragraph in BodyParagraphs(page))
        {
            Assert.Contains(paragraph, cleaned, StringComparison.Ordinal);
        }

        foreach (var debris in DebrisOnBothPages.Concat(["EMAS 1.533.000", "IDX30", "LQ45", "INDIKATOR", "ILUSTRASI", "Editor:", "banner", "AS dan Rusia Bentrok di PBB", "Armada Bayangan", "kontan.co.id"]))
        {
            Assert.DoesNotContain(debris, cleaned, StringComparison.Ordinal);
        }
    }

    [SharedDataFact("examples/metrotvnews-putin-xi-call.txt")]
    public void Clean_MetroTvPage_KeepsTheBodyAndDropsTheUnrelatedHeadlines()
    {
        var page = File.ReadAllText(RepoPaths.SharedFile("examples", "metrotvnews-putin-xi-call.txt"));

        var cleaned = ArticleCleaner.Clean(page);

        foreach (var paragraph in BodyParagraphs(page))
        {
            Assert.Contains(paragraph, cleaned, StringComparison.Ordinal);
        }

        foreach (var debris in DebrisOnBothPages.Concat(["Meriyati Hoegeng", "Angkut Sampah", "Gugat Cerai", "pencuri motor", "IFBEX", "liputan6.com", "Cover Berita", "metrotvnews.com"]))
        {
            Assert.DoesNotContain(debris, cleaned, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The page's prose paragraphs: long lines that end as sentences do (the article body, not its debris),
    /// without the outlet's dateline ("KONTAN.CO.ID - MOSKOW."), which the cleaner removes on purpose.
    /// </summary>
    private static string[] BodyParagraphs(string page) => page.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Split(' ').Length >= 12 && l[^1] is '.' or '"' or '\u201D' && !l.StartsWith("ILUSTRASI", StringComparison.Ordinal))
        .Select(l => l.StartsWith("KONTAN.CO.ID", StringComparison.Ordinal) ? l[(l.IndexOf("MOSKOW.", StringComparison.Ordinal) + "MOSKOW.".Length)..].Trim() : l)
        .ToArray();
}
