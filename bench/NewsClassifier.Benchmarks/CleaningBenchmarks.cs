using BenchmarkDotNet.Attributes;
using NewsClassifier.Prediction.Cleaning;

namespace NewsClassifier.Benchmarks;

/// <summary>Cleaning a long scraped page: the article plus tickers, links and a headline list. Goal: under 5 ms for 10,000 words.</summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private string _page = "";

    [Params(600, 10_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var debris = string.Join('\n',
            "  • IHSG 7.120   -12,40   -0,17%", "Baca Juga: Harga Cabai Melonjak", "Sumber: Reuters | Editor: Budi",
            "Artikel Asli", "Berikan komentar Anda", "thumb", "Pencuri Motor Ditangkap di Bekasi", "• 2 jam lalukompas.com");
        _page = debris + "\n" + Articles.OfWords(Words) + "\n" + debris;
    }

    [Benchmark]
    public string Clean() => ArticleCleaner.Clean(_page);
}
