using NewsClassifier.Prediction.Cleaning;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Cleaning;

/// <summary>Debris written for these tests in both languages, shaped like what scrapers return.</summary>
public class ArticleCleanerTests
{
    private const string IndonesianBody =
        "Pemerintah menaikkan anggaran pendidikan sebesar 12 persen pada tahun depan, kata Menteri Keuangan di Jakarta, Senin (3/3).\n\n" +
        "\"Kami ingin setiap sekolah punya guru yang cukup,\" ujarnya. Kenaikan itu setara Rp 45,2 triliun.";

    private const string EnglishBody =
        "The central bank held its benchmark rate at 5.25% on Thursday, saying inflation of 3.1% was still above its target.\n\n" +
        "\"We are not done yet,\" the governor told reporters in Frankfurt.";

    [Fact]
    public void Clean_IndonesianPage_KeepsTheArticleAndDropsEveryKindOfDebris()
    {
        var page = string.Join('\n',
            "detik.com",
            "| : WIB | INDIKATOR |",
            "  • IHSG 7.120   -12,40   -0,17%",
            "  • USD/IDR 15.880   20,00   0,13%",
            "Anggaran Pendidikan Naik 12 Persen",
            "Selasa, 04 Maret 2025 / 10:15 WIB",
            "FOTO: Siswa belajar di ruang kelas. ANTARA FOTO/Budi Santoso",
            "Reporter: Siti Aminah | Editor: Joko Susilo",
            "",
            "Jakarta, CNN Indonesia -- " + IndonesianBody,
            "",
            "Baca Juga: Harga Cabai Melonjak Jelang Lebaran",
            "",
            "Bagikan artikel ini",
            "Berikan komentar Anda",
            "TERBARU",
            "thumb",
            "Pencuri Motor Ditangkap di Bekasi",
            "• 2 jam lalukompas.com",
            "thumb",
            "Artis Terkenal Gugat Cerai Suaminya",
            "• 4 jam laluinsertlive.com",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Setuju?");

        var cleaned = ArticleCleaner.Clean(page);

        Assert.StartsWith("Anggaran Pendidikan Naik 12 Persen", cleaned, StringComparison.Ordinal);
        Assert.Contains(IndonesianBody, cleaned, StringComparison.Ordinal);
        foreach (var debris in new[] { "IHSG", "USD/IDR", "INDIKATOR", "WIB", "FOTO", "Editor", "CNN Indonesia", "Baca Juga", "Cabai", "Bagikan", "komentar", "TERBARU", "thumb", "Pencuri", "Gugat Cerai", "jam lalu", "cookie", "detik.com" })
        {
            Assert.DoesNotContain(debris, cleaned, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clean_EnglishPage_KeepsTheArticleAndDropsEveryKindOfDebris()
    {
        var page = string.Join('\n',
            "ECB holds rates as inflation lingers",
            "Image caption: The bank's tower in Frankfurt (Photo: Reuters)",
            "By: Anna Schmidt",
            EnglishBody,
            "Read more: Oil prices slide as demand weakens",
            "Share this article",
            "Related stories",
            "Celebrity chef opens third restaurant",
            "3 hours ago",
            "Local team wins cup final",
            "5 hours ago",
            "We use cookies to improve your experience. Accept all",
            "(Reporting by Tom Lee; Editing by Sara Cole)",
            "Copyright 2025 Example News. All rights reserved.");

        var cleaned = ArticleCleaner.Clean(page);

        Assert.StartsWith("ECB holds rates as inflation lingers", cleaned, StringComparison.Ordinal);
        Assert.Contains(EnglishBody, cleaned, StringComparison.Ordinal);
        foreach (var debris in new[] { "Image caption", "By:", "Read more", "Oil prices", "Share this", "Related", "Celebrity chef", "Local team", "hours ago", "cookies", "Reporting by", "Copyright" })
        {
            Assert.DoesNotContain(debris, cleaned, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Persib menang 2 - 1 atas Persija di Stadion GBLA, Minggu (5/3), di depan 30.000 penonton.")]
    [InlineData("Inflasi Maret tercatat 0,17% secara bulanan dan 2,5% secara tahunan, menurut BPS.")]
    [InlineData("No. 20 Wisconsin 24, Illinois 7")]
    [InlineData("1. 15 Juni: 23.905 penumpang")]
    [InlineData("\"Baca juga buku-buku sejarah agar kalian paham,\" kata Presiden kepada para siswa di Istana Bogor hari ini.")]
    [InlineData("Sumber daya manusia menjadi kunci pembangunan, menurut laporan Bappenas yang dirilis minggu lalu.")]
    public void Clean_ArticleSentencesWithNumbersOrPromptWords_AreKept(string sentence) =>
        Assert.Equal(sentence, ArticleCleaner.Clean(sentence));

    [Fact]
    public void Clean_LoneRelativeTimeUnderTheTitle_KeepsTheTitle()
    {
        var cleaned = ArticleCleaner.Clean("Putin dan Xi Bahas Iran Lewat Telepon\n5 jam lalu\n\n" + IndonesianBody);

        Assert.StartsWith("Putin dan Xi Bahas Iran Lewat Telepon", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("jam lalu", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_NewsroomInitialsAndRepeatedHeadline_AreRemoved()
    {
        var cleaned = ArticleCleaner.Clean("Judul Berita\nJudul Berita\n" + IndonesianBody + " (rhm)");

        Assert.Equal("Judul Berita\n" + IndonesianBody, cleaned);
    }

    [Fact]
    public void Analyze_NamesTheRuleThatRemovedEachLine()
    {
        var result = ArticleCleaner.Analyze("Berita utama hari ini tentang ekonomi yang tumbuh lima persen tahun ini.\nBaca Juga: Lain lagi\n• 3 jam lalu");

        Assert.Equal(["read-also", "relative-time"], result.Removed.Select(r => r.Rule));
        Assert.Equal([2, 3], result.Removed.Select(r => r.LineNumber));
    }

    [Fact]
    public void Clean_EmptyAndWhitespace_GiveEmptyText()
    {
        Assert.Equal("", ArticleCleaner.Clean(""));
        Assert.Equal("", ArticleCleaner.Clean(" \n\t\r\n "));
    }
}
