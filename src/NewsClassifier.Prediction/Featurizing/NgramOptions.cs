using System.Globalization;

namespace NewsClassifier.Prediction.Featurizing;

/// <summary>
/// What <see cref="NgramFeaturizer"/> extracts: word n-grams and character n-grams of the lower-cased
/// token stream (tokens joined by single spaces), either running across word boundaries (as ML.NET's
/// FeaturizeText and scikit-learn's <c>char</c> analyzer) or inside each space-padded word (as
/// scikit-learn's <c>char_wb</c>). Each block is TF-IDF weighted (sublinear term frequency by default) and
/// L2-normalised on its own. With <see cref="LabelWeighting"/>, each n-gram's IDF is also scaled by how
/// unevenly it spreads over the training labels.
/// </summary>
/// <param name="WordNgramMax">Longest word n-gram (1 = words, 2 = words and word pairs); 0 turns words off.</param>
/// <param name="CharNgramMin">Shortest character n-gram.</param>
/// <param name="CharNgramMax">Longest character n-gram; 0 turns character n-grams off.</param>
/// <param name="MinDocumentFrequency">N-grams seen in fewer training documents are dropped.</param>
/// <param name="CharAcrossWords">Character n-grams span word boundaries (true) or stay inside words (false).</param>
/// <param name="LabelWeighting">
/// 0 for plain TF-IDF. Above 0, each n-gram's IDF is multiplied by its naive-Bayes log-count ratio raised
/// to this power: the largest, over the labels, of |ln(P(n-gram | label) / P(n-gram | other labels))|,
/// from smoothed document counts (after Wang and Manning's NBSVM, 2012). N-grams that every label uses
/// alike fade; those that mark a label stand out. It needs labels when fitting.
/// </param>
/// <param name="SublinearTf">
/// Term frequency as 1 + ln(count) (true) or the raw count (false). Raw counts did better on the long,
/// many-class Indonesian topic and frame tasks of the starter corpus; sublinear on the others.
/// </param>
public sealed record NgramOptions(
    int WordNgramMax = 1,
    int CharNgramMin = 4,
    int CharNgramMax = 4,
    int MinDocumentFrequency = 1,
    bool CharAcrossWords = true,
    double LabelWeighting = 0,
    bool SublinearTf = true)
{
    /// <summary>Validates the ranges.</summary>
    /// <exception cref="ArgumentException">A range is empty or out of bounds.</exception>
    public void Validate()
    {
        if (WordNgramMax is < 0 or > 3 || CharNgramMax is < 0 or > 8 || (CharNgramMax > 0 && (CharNgramMin < 1 || CharNgramMin > CharNgramMax))
            || (WordNgramMax == 0 && CharNgramMax == 0) || MinDocumentFrequency < 1 || LabelWeighting is < 0 or > 4 || double.IsNaN(LabelWeighting))
        {
            throw new ArgumentException($"invalid n-gram options: {this}");
        }
    }

    /// <summary>The options as the manifest records them.</summary>
    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["wordNgrams"] = string.Create(CultureInfo.InvariantCulture, $"1-{WordNgramMax}"),
        ["charNgrams"] = CharNgramMax == 0 ? "none"
            : string.Create(CultureInfo.InvariantCulture, $"{CharNgramMin}-{CharNgramMax} {(CharAcrossWords ? "across words" : "within words")}"),
        ["minDocumentFrequency"] = MinDocumentFrequency.ToString(CultureInfo.InvariantCulture),
        ["weighting"] = string.Create(
            CultureInfo.InvariantCulture,
            $"tf-idf{(LabelWeighting > 0 ? $" × naive-Bayes log-count ratio^{LabelWeighting}" : "")}, {(SublinearTf ? "sublinear" : "raw")} tf, smooth idf"),
        ["norm"] = "L2 per block (words, characters)",
        ["case"] = "lower",
    };
}
