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
}
