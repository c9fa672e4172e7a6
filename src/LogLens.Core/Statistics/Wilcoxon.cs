namespace LogLens.Core.Statistics;

/// <summary>The Wilcoxon signed-rank test on paired differences (docs/methods.md).</summary>
internal static class Wilcoxon
{
    /// <summary>Largest number of non-zero differences for which the exact distribution is used.</summary>
    public const int MaxExactN = 25;

    /// <summary>
    /// Drops zero differences (scipy's zero_method='wilcox'), ranks |d| with average ranks and returns
    /// min(W+, W−) with a two-sided p: exact 2·P(W ≤ w) for n ≤ 25 without ties, otherwise the normal
    /// approximation with the tie-corrected variance [n(n+1)(2n+1) − ½Σ(t³ − t)]/24 and no continuity
    /// correction (scipy's default correction=False).
    /// </summary>
    /// <param name="differences">The paired differences (finite values).</param>
    /// <returns>Statistic = min(W+, W−); Undefined when all differences are zero or input is empty.</returns>
    public static TestResult SignedRank(ReadOnlySpan<double> differences)
    {
        var nonZero = new List<double>(differences.Length);
        foreach (double d in differences)
        {
            if (d != 0)
            {
                nonZero.Add(d);
            }
        }

        int n = nonZero.Count;
        if (n == 0)
        {
            return TestResult.Undefined;
        }

        double[] magnitudes = nonZero.Select(Math.Abs).ToArray();
        double[] ranks = Ranks.Average(magnitudes);
        double plus = 0;
        for (int i = 0; i < n; i++)
        {
            plus += nonZero[i] > 0 ? ranks[i] : 0;
        }

        double total = n * (n + 1.0) / 2;
        double w = Math.Min(plus, total - plus);
        double tieTerm = Ranks.TieCubeSum(magnitudes);
        if (n <= MaxExactN && tieTerm == 0)
        {
            return new TestResult(w, Math.Min(1, 2 * ExactLowerTail(n, (int)Math.Round(w))));
        }

        double variance = ((n * (n + 1.0) * ((2.0 * n) + 1)) - (0.5 * tieTerm)) / 24;
        double z = (w - (total / 2)) / Math.Sqrt(variance);
        return new TestResult(w, variance > 0 ? Distributions.NormalTwoSidedP(z) : double.NaN);
    }

    /// <summary>P(W+ ≤ w) under the null: subset-sum counts of ranks 1..n over 2ⁿ.</summary>
    private static double ExactLowerTail(int n, int w)
    {
        int max = n * (n + 1) / 2;
        var counts = new double[max + 1];
        counts[0] = 1;
        for (int rank = 1; rank <= n; rank++)
        {
            for (int s = max; s >= rank; s--)
            {
                counts[s] += counts[s - rank];
            }
        }

        double tail = 0;
        for (int s = 0; s <= w; s++)
        {
            tail += counts[s];
        }

        return tail / Math.Pow(2, n);
    }
}
