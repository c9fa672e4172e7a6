namespace LogLens.Core.Statistics;

/// <summary>Welch's unequal-variance two-sample t test (docs/methods.md best vs runner-up, P3).</summary>
internal static class WelchT
{
    /// <summary>
    /// t = (x̄ − ȳ)/√(s²x/n + s²y/m) with Welch–Satterthwaite df, as
    /// <c>scipy.stats.ttest_ind(x, y, equal_var=False)</c>, plus the t-based CI of the difference.
    /// </summary>
    /// <param name="x">First sample (finite values).</param>
    /// <param name="y">Second sample.</param>
    /// <param name="level">Confidence level of the difference interval.</param>
    /// <returns>The result; undefined when either sample has fewer than two values or both are constant.</returns>
    public static WelchResult Test(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double level = 0.95)
    {
        if (x.Length < 2 || y.Length < 2)
        {
            return WelchResult.Undefined;
        }

        double vx = Descriptive.Variance(x) / x.Length;
        double vy = Descriptive.Variance(y) / y.Length;
        double se2 = vx + vy;
        double df = (se2 * se2) / ((vx * vx / (x.Length - 1)) + (vy * vy / (y.Length - 1)));
        double difference = Descriptive.Mean(x) - Descriptive.Mean(y);
        return WelchResult.From(difference, Math.Sqrt(se2), df, level);
    }
}
