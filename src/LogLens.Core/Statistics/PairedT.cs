namespace LogLens.Core.Statistics;

/// <summary>The paired t test, i.e. a one-sample t test on differences (docs/methods.md, shared seeds).</summary>
internal static class PairedT
{
    /// <summary>
    /// t = d̄/(s_d/√n) on n − 1 df, as <c>scipy.stats.ttest_rel</c> / <c>ttest_1samp(d, 0)</c>.
    /// </summary>
    /// <param name="differences">The paired differences (finite values).</param>
    /// <param name="level">Confidence level of the mean-difference interval.</param>
    /// <returns>The result; undefined for n &lt; 2 or constant differences.</returns>
    public static WelchResult Test(ReadOnlySpan<double> differences, double level = 0.95)
    {
        int n = differences.Length;
        if (n < 2)
        {
            return WelchResult.Undefined;
        }

        double se = Descriptive.StandardDeviation(differences) / Math.Sqrt(n);
        return WelchResult.From(Descriptive.Mean(differences), se, n - 1, level);
    }
}
