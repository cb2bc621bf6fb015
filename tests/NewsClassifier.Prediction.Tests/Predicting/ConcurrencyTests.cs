using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Predicting;

public class ConcurrencyTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public void Predict_16ThreadsTimes10000_EqualsTheSequentialResultsExactly()
    {
        const int Threads = 16;
        const int PerThread = 10_000;
        var predictor = NewsPredictor.Load(model.ModelPath);
        var labels = TinyCorpus.Vocabulary.Keys.ToArray();
        var articles = Enumerable.Range(0, 300)
            .Select(i => i % 7 == 0 ? TinyCorpus.Article(labels[i % 3], i)[..(20 + (i % 50))] : TinyCorpus.Article(labels[i % 3], i))
            .ToArray();
        var expected = articles.Select(a => Fingerprint(predictor.Predict(a))).ToArray();

        var mismatches = 0;
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                var index = ((t * 7919) + (i * 31)) % articles.Length;
                if (Fingerprint(predictor.Predict(articles[index])) != expected[index])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();

        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        Assert.Equal(0, mismatches);
    }

    // Every label and its probability, bit for bit.
    private static string Fingerprint(ArticlePrediction prediction) =>
        string.Join(';', prediction.Tasks.SelectMany(t => t.Scores.Select(s => $"{t.Task}:{s.Label}={BitConverter.SingleToInt32Bits(s.Probability)}")));
}
