using NewsClassifier.Training.Evaluation;
using Xunit;

namespace NewsClassifier.Training.Tests.Evaluation;

public class MetricsCalculatorTests
{
    private static ScoredRow Row(string truth, string predicted) => new(0, null, truth, predicted, 0.9f, "");

    [Fact]
    public void Compute_MatchesHandCalculation()
    {
        // a: 2 right, 1 predicted as b; b: 1 right; one b row predicted a.
        ScoredRow[] rows = [Row("a", "a"), Row("a", "a"), Row("a", "b"), Row("b", "b"), Row("b", "a")];

        var m = MetricsCalculator.Compute("t", rows, ["a", "b"]);

        Assert.Equal(0.6, m.Accuracy, 10);
        Assert.Equal(2.0 / 3, m.PerClass["a"].Precision, 10);
        Assert.Equal(2.0 / 3, m.PerClass["a"].Recall, 10);
        Assert.Equal(0.5, m.PerClass["b"].Precision, 10);
        Assert.Equal(0.5, m.PerClass["b"].Recall, 10);
        Assert.Equal(((2.0 / 3) + 0.5) / 2, m.MacroF1, 10);
        Assert.Equal(1, m.Confusion["a"]["b"]);
        Assert.Equal(3, m.PerClass["a"].Support);
    }

    [Fact]
    public void Compute_LabelTheModelNeverSaw_CountsAsErrorsAndIsNamed()
    {
        ScoredRow[] rows = [Row("a", "a"), Row("b", "b"), Row("new", "a"), Row("new", "b")];

        var m = MetricsCalculator.Compute("t", rows, ["a", "b"]);

        Assert.Equal(4, m.Rows);
        Assert.Equal(0.5, m.Accuracy, 10);
        Assert.Equal(0, m.PerClass["new"].Recall);
        Assert.Equal(2, m.UnknownLabels["new"]);
        Assert.Equal(2, m.Confusion["new"].Values.Sum());
    }
}
