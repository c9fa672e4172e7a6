namespace LogLens.Core.Statistics;

/// <summary>The Mann–Whitney U (Wilcoxon rank-sum) test (docs/methods.md).</summary>
internal static class MannWhitney
{
    /// <summary>Largest n + m for which the exact null distribution is used.</summary>
    public const int MaxExactTotal = 20;

    /// <summary>
    /// U for x from joint average ranks, with the two-sided p of
    /// <c>scipy.stats.mannwhitneyu(x, y)</c>: exact 2·P(U ≥ max(U, nm − U)) when n + m ≤ 20 and
    /// there are no ties; otherwise z = (max(U, nm − U) − nm/2 − ½)/σ with the tie-corrected
    /// σ² = nm/12·[(N + 1) − Σ(t³ − t)/(N(N − 1))].
    /// </summary>
    /// <param name="x">First sample (finite values).</param>
    /// <param name="y">Second sample.</param>
    /// <returns>The result; undefined when either sample is empty.</returns>
    public static MannWhitneyResult Test(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        int m = y.Length;
        if (n == 0 || m == 0)
        {
            return MannWhitneyResult.Undefined;
        }

        double[] pooled = [.. x, .. y];
        double[] ranks = Ranks.Average(pooled);
        double rankSum = 0;
        for (int i = 0; i < n; i++)
        {
            rankSum += ranks[i];
        }

        double u = rankSum - (n * (n + 1.0) / 2);
        double nm = (double)n * m;
        double upper = Math.Max(u, nm - u);
        double tieTerm = Ranks.TieCubeSum(pooled);
        double p;
        if (n + m <= MaxExactTotal && tieTerm == 0)
        {
            p = Math.Min(1, 2 * ExactUpperTail(n, m, (int)Math.Round(upper)));
        }
        else
        {
            int total = n + m;
            double sigma = Math.Sqrt(nm / 12 * (total + 1 - (tieTerm / (total * (total - 1.0)))));
            p = sigma > 0 ? Math.Min(1, 2 * Distributions.NormalUpperTail((upper - (nm / 2) - 0.5) / sigma)) : 1;
        }

        return new MannWhitneyResult(u, p, u / nm);
    }

    /// <summary>P(U ≥ u) under the null for sample sizes n and m, by the recursion
    /// f(n, m, u) = f(n − 1, m, u − m) + f(n, m − 1, u).</summary>
    private static double ExactUpperTail(int n, int m, int u)
    {
        int max = n * m;
        var counts = new double[n + 1, m + 1][];
        for (int i = 0; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                var f = new double[max + 1];
                if (i == 0 || j == 0)
                {
                    f[0] = 1;
                }
                else
                {
                    for (int k = 0; k <= i * j; k++)
                    {
                        f[k] = (k >= j ? counts[i - 1, j][k - j] : 0) + counts[i, j - 1][k];
                    }
                }

                counts[i, j] = f;
            }
        }

        double all = 0;
        double tail = 0;
        for (int k = 0; k <= max; k++)
        {
            all += counts[n, m][k];
            tail += k >= u ? counts[n, m][k] : 0;
        }

        return tail / all;
    }
}
