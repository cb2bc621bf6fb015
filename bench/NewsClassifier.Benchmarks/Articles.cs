using System.Text;
using NewsClassifier.Training.Data;

namespace NewsClassifier.Benchmarks;

/// <summary>Real articles for the benchmarks, read from ../shared (IndoSum), sized as each benchmark needs.</summary>
internal static class Articles
{
    public static IReadOnlyList<string> IndoSum(int count)
    {
        using var reader = ArticleReaders.Open(BenchPaths.Shared("datasets", "indosum", "test.csv"), new ColumnRequest());
        return reader.ReadRecords().Where(r => r.Problem is null).Select(r => r.Text).Take(count).ToArray();
    }

    /// <summary>Real articles joined until the text has <paramref name="words"/> words.</summary>
    public static string OfWords(int words)
    {
        var text = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            foreach (var article in IndoSum(200))
            {
                foreach (var word in article.Split(' '))
                {
                    text.Append(word).Append(' ');
                    if (++count == words)
                    {
                        return text.ToString();
                    }
                }

                text.Append("\n\n");
            }
        }

        return text.ToString();
    }
}
