using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Predicting;

public class NewsPredictorTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Theory]
    [InlineData("sport")]
    [InlineData("economy")]
    [InlineData("politics")]
    public void Predict_UnseenArticle_GetsItsClass(string label)
    {
        var prediction = NewsPredictor.Load(model.ModelPath).Predict(TinyCorpus.Article(label));

        Assert.Equal(label, prediction["label"].Label);
    }

    [Fact]
    public void Predict_ScoresNameEveryLabelOfTheModel_SumToOne_MostLikelyFirst()
    {
        var predictor = NewsPredictor.Load(model.ModelPath);
        var task = predictor.Predict(TinyCorpus.Article("economy")).Tasks.Single();

        Assert.Equal(predictor.Models[0].Labels.Order(), task.Scores.Select(s => s.Label).Order());
        Assert.Equal(1.0, task.Scores.Sum(s => s.Probability), 4);
        Assert.Equal(task.Scores.OrderByDescending(s => s.Probability).Select(s => s.Label), task.Scores.Select(s => s.Label));
        Assert.Equal(task.Scores[0].Probability, task.Confidence);
    }

    [Fact]
    public void Predict_BelowTheMinimumConfidence_AbstainsButKeepsTheCandidates()
    {
        var options = new PredictorOptions();
        options.MinConfidence["*"] = 0.999f;
        var task = NewsPredictor.Load(model.ModelPath, options).Predict("kata yang tidak berarti apa apa").Tasks.Single();

        Assert.Equal(TaskPrediction.Uncertain, task.Label);
        Assert.True(task.Abstained);
        Assert.Equal(3, task.Scores.Count);
        Assert.NotEqual(TaskPrediction.Uncertain, task.TopLabel);
    }

    [Fact]
    public void Predict_TextLongerThanTheLimit_IsCutAndFlagged()
    {
        var options = new PredictorOptions { MaxTextLength = 100 };
        var predictor = NewsPredictor.Load(model.ModelPath, options);
        var text = TinyCorpus.Article("sport");

        Assert.True(predictor.Predict(text + new string('x', 500)).Truncated);
        Assert.False(predictor.Predict(text[..50]).Truncated);
    }

    [Fact]
    public void PredictMany_KeepsInputOrder_AndPassesItemsWithoutTextThrough()
    {
        var predictor = NewsPredictor.Load(model.ModelPath);
        var labels = Enumerable.Range(0, 300).Select(i => TinyCorpus.Vocabulary.Keys.ElementAt(i % 3)).ToArray();
        var items = labels.Select((label, i) => (Index: i, Text: i % 50 == 0 ? null : TinyCorpus.Article(label, i))).ToArray();

        var results = predictor.PredictMany(items, item => item.Text).ToArray();

        Assert.Equal(items.Select(i => i.Index), results.Select(r => r.Item.Index));
        Assert.All(results.Where(r => r.Item.Text is null), r => Assert.Null(r.Prediction));
        Assert.All(results.Where(r => r.Item.Text is not null), r => Assert.Equal(labels[r.Item.Index], r.Prediction!.Tasks[0].Label));
    }
}
