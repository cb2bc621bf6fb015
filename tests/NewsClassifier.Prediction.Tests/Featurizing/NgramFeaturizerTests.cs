using NewsClassifier.Prediction.Featurizing;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Featurizing;

public class NgramFeaturizerTests
{
    private static readonly string[] Documents =
    [
        "Presiden Jokowi bertemu Xi Jinping di Beijing.",
        "Persib menang 2-1 atas Persija di Bandung.",
        "Harga saham naik, rupiah menguat terhadap dolar.",
        "Presiden meresmikan jalan tol di Jawa Barat.",
    ];

    [Fact]
    public void Featurize_EachBlockHasUnitLength()
    {
        var featurizer = NgramFeaturizer.Fit(Documents, new NgramOptions(2, 4, 4));

        var vector = featurizer.Featurize("Presiden Jokowi meresmikan jalan tol baru");

        var words = vector.GetIndices().ToArray().Zip(vector.GetValues().ToArray()).Where(p => featurizer.SlotName(p.First).IsWord).Sum(p => p.Second * p.Second);
        var chars = vector.GetIndices().ToArray().Zip(vector.GetValues().ToArray()).Where(p => !featurizer.SlotName(p.First).IsWord).Sum(p => p.Second * p.Second);
        Assert.Equal(1.0, words, 4);
        Assert.Equal(1.0, chars, 4);
        Assert.Equal(featurizer.FeatureCount, vector.Length);
    }

    [Fact]
    public void Featurize_KnowsWordsPairsAndCharacterGramsOfTheTrainingText()
    {
        var featurizer = NgramFeaturizer.Fit(Documents, new NgramOptions(2, 4, 4));

        var names = featurizer.Featurize("presiden jokowi").GetIndices().ToArray().Select(i => featurizer.SlotName(i)).ToArray();

        Assert.Contains(("presiden", true), names);
        Assert.Contains(("presiden jokowi", true), names);
        Assert.Contains(("resi", false), names);
        Assert.Contains(("n jo", false), names);
    }

    [Fact]
    public void Featurize_UnknownTextAndEmptyText_GiveEmptyVectors()
    {
        var featurizer = NgramFeaturizer.Fit(Documents, new NgramOptions(1, 0, 0));

        Assert.Equal(0, featurizer.Featurize("zzzz qqqq").GetValues().Length);
        Assert.Equal(0, featurizer.Featurize("").GetValues().Length);
    }

    [Fact]
    public void SaveAndLoad_GiveTheSameVectors()
    {
        var featurizer = NgramFeaturizer.Fit(Documents, new NgramOptions(2, 3, 5, 1, CharAcrossWords: false));
        using var stream = new MemoryStream();
        featurizer.Save(stream);
        stream.Position = 0;

        var loaded = NgramFeaturizer.Load(stream);

        Assert.Equal(featurizer.Options, loaded.Options);
        foreach (var document in Documents.Append("teks baru tentang presiden"))
        {
            Assert.Equal(featurizer.Featurize(document).GetIndices().ToArray(), loaded.Featurize(document).GetIndices().ToArray());
            Assert.Equal(featurizer.Featurize(document).GetValues().ToArray(), loaded.Featurize(document).GetValues().ToArray());
        }
    }

    [Fact]
    public void Load_TruncatedBytes_SaysCorrupt()
    {
        var featurizer = NgramFeaturizer.Fit(Documents, new NgramOptions(1, 4, 4));
        using var stream = new MemoryStream();
        featurizer.Save(stream);

        Assert.Throws<InvalidDataException>(() => NgramFeaturizer.Load(new MemoryStream(stream.ToArray()[..40])));
    }

    [Fact]
    public void Fit_MinimumDocumentFrequency_DropsRareNgrams()
    {
        var all = NgramFeaturizer.Fit(Documents, new NgramOptions(1, 0, 0, MinDocumentFrequency: 1));
        var common = NgramFeaturizer.Fit(Documents, new NgramOptions(1, 0, 0, MinDocumentFrequency: 2));

        Assert.True(common.FeatureCount < all.FeatureCount);
        Assert.Contains(("presiden", true), Enumerable.Range(0, common.FeatureCount).Select(common.SlotName));
    }

    [Fact]
    public void Fit_LabelWeighting_LiftsNgramsThatMarkALabelAboveNgramsEveryLabelUses()
    {
        // "berita" is in every document; "gol" only in sport, "saham" only in economy.
        string[] documents =
        [
            "berita gol menit akhir", "berita gol kedua pemain", "berita gol penalti",
            "berita saham naik", "berita saham turun tajam", "berita saham bank",
        ];
        string[] labels = ["sport", "sport", "sport", "economy", "economy", "economy"];
        var plain = NgramFeaturizer.Fit(documents, new NgramOptions(1, 0, 0));
        var weighted = NgramFeaturizer.Fit(documents, new NgramOptions(1, 0, 0, LabelWeighting: 0.5), labels);

        static float ValueOf(NgramFeaturizer featurizer, string text, string word)
        {
            var vector = featurizer.Featurize(text);
            var slot = vector.GetIndices().ToArray().Single(i => featurizer.SlotName(i).Ngram == word);
            return vector.GetValues()[vector.GetIndices().IndexOf(slot)];
        }

        const string Text = "berita gol";
        Assert.True(ValueOf(weighted, Text, "gol") / ValueOf(weighted, Text, "berita") > ValueOf(plain, Text, "gol") / ValueOf(plain, Text, "berita"));
        Assert.True(ValueOf(weighted, Text, "gol") > ValueOf(weighted, Text, "berita"));
    }

    [Fact]
    public void Fit_LabelWeightingWithoutLabels_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => NgramFeaturizer.Fit(Documents, new NgramOptions(2, 4, 4, LabelWeighting: 0.5)));
    }

    [Fact]
    public void SaveAndLoad_LabelWeightedFeaturizer_KeepsItsWeightingAndVectors()
    {
        string[] labels = ["politics", "sport", "economy", "politics"];
        var featurizer = NgramFeaturizer.Fit(Documents, new NgramOptions(2, 4, 4, LabelWeighting: 0.5), labels);
        using var stream = new MemoryStream();
        featurizer.Save(stream);
        stream.Position = 0;

        var loaded = NgramFeaturizer.Load(stream);

        Assert.Equal(0.5, loaded.Options.LabelWeighting);
        Assert.Equal(featurizer.Featurize(Documents[0]).GetValues().ToArray(), loaded.Featurize(Documents[0]).GetValues().ToArray());
    }

    [Fact]
    public void Featurize_RawTermFrequency_CountsRepeatsInFullWhereSublinearDampsThem()
    {
        string[] documents = ["gol gol gol menang", "menang kalah", "gol"];
        var raw = NgramFeaturizer.Fit(documents, new NgramOptions(1, 0, 0, SublinearTf: false));
        var sublinear = NgramFeaturizer.Fit(documents, new NgramOptions(1, 0, 0));

        static float Ratio(NgramFeaturizer featurizer)
        {
            var vector = featurizer.Featurize("gol gol gol menang");
            var values = vector.GetIndices().ToArray().Zip(vector.GetValues().ToArray())
                .ToDictionary(p => featurizer.SlotName(p.First).Ngram, p => p.Second);
            return values["gol"] / values["menang"];
        }

        // Both words occur in two of the three documents, so they share an IDF: the ratio is the TF ratio.
        Assert.Equal(3f, Ratio(raw), 3);
        Assert.Equal((float)(1 + Math.Log(3)), Ratio(sublinear), 3);
    }
}
