using NewsClassifier.Prediction.Predicting;
using Xunit;

namespace NewsClassifier.Prediction.Tests.Predicting;

public class ScoreDistributionTests
{
    [Fact]
    public void ToProbabilities_CalibratedScores_AreRescaledToSumToOne()
    {
        var probabilities = ScoreDistribution.ToProbabilities([0.2f, 0.6f, 0.4f]);
        Assert.Equal(1.0, probabilities.Sum(), 5);
        Assert.Equal(0.5f, probabilities[1], 5);
    }

    [Fact]
    public void ToProbabilities_Margins_GoThroughSoftmaxKeepingTheOrder()
    {
        var probabilities = ScoreDistribution.ToProbabilities([-1.5f, 2f, 0.5f]);
        Assert.Equal(1.0, probabilities.Sum(), 5);
        Assert.True(probabilities[1] > probabilities[2] && probabilities[2] > probabilities[0]);
    }

    [Fact]
    public void ToProbabilities_NonFiniteScores_GetNoProbability()
    {
        var probabilities = ScoreDistribution.ToProbabilities([float.NaN, 1f, -1f]);
        Assert.Equal(0f, probabilities[0]);
        Assert.Equal(1.0, probabilities.Sum(), 5);
    }
}
