using NewsClassifier.Prediction.Predicting;

namespace NewsClassifier.Cli.Commands;

/// <summary>Prints what a predictor found on load that the user should know (a cleaning-version mismatch, say).</summary>
internal static class PredictorWarnings
{
    public static void Print(CliIO io, NewsPredictor predictor)
    {
        foreach (var warning in predictor.Warnings)
        {
            io.Warn(warning);
        }
    }
}
