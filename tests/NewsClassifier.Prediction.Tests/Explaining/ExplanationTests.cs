using NewsClassifier.Prediction.Predicting;
using NewsClassifier.Tests.Shared;
using NewsClassifier.Training.Models;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Explaining;

public class ExplanationTests(TinyModelFixture model) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public void Explain_LinearModel_NamesTheClassVocabularyAsReasons()
    {
        var predictor = NewsPredictor.Load(model.ModelPath);

        var explanation = predictor.Explain(TinyCorpus.Article("economy"), top: 5).Single();

        Assert.True(explanation.IsAvailable);
        Assert.Equal("economy", explanation.Label);
        Assert.Equal(5, explanation.Reasons.Count);
        var words = explanation.Reasons.Where(r => r.IsWord).Select(r => r.Ngram).ToArray();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Contains(w, TinyCorpus.Vocabulary["economy"]));
        Assert.Equal(explanation.Reasons.OrderByDescending(r => r.Contribution), explanation.Reasons);
        Assert.All(explanation.Reasons, r => Assert.True(r.Contribution > 0));
    }

    [Fact]
    public void Explain_TreeModel_SaysItIsNotAvailable()
    {
        using var folder = new TempFolder();
        var path = TinyModels.Train(folder, trainer: "lightgbm");

        var explanation = NewsPredictor.Load(path, ModelComponents.PredictorOptions()).Explain(TinyCorpus.Article("sport")).Single();

        Assert.False(explanation.IsAvailable);
        Assert.Empty(explanation.Reasons);
        Assert.Contains("not linear", explanation.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_LbfgsModel_IsAvailableToo()
    {
        using var folder = new TempFolder();
        var path = TinyModels.Train(folder, trainer: "lbfgs");

        var explanation = NewsPredictor.Load(path).Explain(TinyCorpus.Article("politics")).Single();

        Assert.True(explanation.IsAvailable);
        Assert.Contains(explanation.Reasons, r => r.IsWord && TinyCorpus.Vocabulary["politics"].Contains(r.Ngram));
    }
}
