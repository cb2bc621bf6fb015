namespace NewsClassifier.Prediction.Predicting;

/// <summary>Turns a model's raw per-class scores into probabilities that sum to 1.</summary>
internal static class ScoreDistribution
{
    /// <summary>
    /// Calibrated trainers (one-versus-all with Platt calibration, maximum entropy, LightGBM) already give
    /// non-negative scores; they are rescaled to sum to exactly 1. Uncalibrated linear trainers give
    /// margins that may be negative; those go through a softmax so the contract still holds.
    /// </summary>
    public static float[] ToProbabilities(ReadOnlySpan<float> scores)
    {
        var result = new float[scores.Length];
        var allNonNegative = true;
        double sum = 0;
        foreach (var s in scores)
        {
            allNonNegative &= s >= 0 && float.IsFinite(s);
            sum += s;
        }

        if (allNonNegative && sum > 0)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                result[i] = (float)(scores[i] / sum);
            }

            return result;
        }

        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            if (float.IsFinite(s) && s > max)
            {
                max = s;
            }
        }

        double total = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var e = float.IsFinite(scores[i]) ? Math.Exp(scores[i] - max) : 0;
            result[i] = (float)e;
            total += e;
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = total > 0 ? (float)(result[i] / total) : 1f / result.Length;
        }

        return result;
    }
}
