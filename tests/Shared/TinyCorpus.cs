using System.Text;

namespace NewsClassifier.Tests.Shared;

/// <summary>
/// A small labelled news corpus that tests write themselves: three topics, each with its own vocabulary
/// mixed into common words, generated from a fixed seed so every run sees the same rows.
/// </summary>
internal static class TinyCorpus
{
    public static readonly IReadOnlyDictionary<string, string[]> Vocabulary = new Dictionary<string, string[]>
    {
        ["sport"] = ["pertandingan", "gol", "pelatih", "striker", "liga", "juara", "stadion", "klub", "kiper", "match", "tournament", "coach"],
        ["economy"] = ["harga", "saham", "inflasi", "rupiah", "investasi", "bank", "ekspor", "pasar", "market", "profit", "tarif", "ekonomi"],
        ["politics"] = ["presiden", "menteri", "partai", "pemilu", "parlemen", "diplomasi", "kabinet", "gubernur", "election", "minister", "koalisi", "undang"],
    };

    private static readonly string[] Common =
        ["yang", "dan", "di", "itu", "dengan", "untuk", "pada", "dari", "ini", "akan", "the", "of", "tahun", "hari", "kata", "juga"];

    public static IEnumerable<(string Id, string Title, string Text, string Label)> Rows(int perClass, int seed)
    {
        var random = new Random(seed);
        foreach (var (label, words) in Vocabulary)
        {
            for (var i = 0; i < perClass; i++)
            {
                yield return ($"{label}-{seed}-{i}", Sentence(random, words, 5), Sentence(random, words, 25), label);
            }
        }
    }

    /// <summary>The corpus as CSV with columns id,title,text,label (quoted as RFC 4180 requires).</summary>
    public static string Csv(int perClass, int seed, string labelColumn = "label")
    {
        var csv = new StringBuilder($"id,title,text,{labelColumn}\n");
        foreach (var (id, title, text, label) in Rows(perClass, seed))
        {
            csv.Append($"{id},{Quote(title)},{Quote(text)},{label}\n");
        }

        return csv.ToString();
    }

    /// <summary>An article of one class, not in any generated training set.</summary>
    public static string Article(string label, int seed = 999) => Sentence(new Random(seed), Vocabulary[label], 40);

    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Sentence(Random random, string[] words, int length)
    {
        var sentence = new List<string>();
        for (var i = 0; i < length; i++)
        {
            sentence.Add(random.NextDouble() < 0.5 ? words[random.Next(words.Length)] : Common[random.Next(Common.Length)]);
        }

        return string.Join(' ', sentence) + ".";
    }
}
