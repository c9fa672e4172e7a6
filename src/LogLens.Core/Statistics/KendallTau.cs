namespace LogLens.Core.Statistics;

/// <summary>Kendall's τ-b rank correlation with scipy's p-value rules (docs/methods.md, across runs).</summary>
internal static class KendallTau
{
    /// <summary>
    /// τ-b = (C − D)/√((n₀ − n₁)(n₀ − n₂)) with its two-sided p, as <c>scipy.stats.kendalltau</c> with
    /// method='auto': exact permutation p for n ≤ 33 without ties, otherwise the tie-corrected
    /// asymptotic normal p (no continuity correction). O(n log n) from 64 values on (Knight), O(n²) below.
    /// </summary>
    /// <param name="x">First variable (finite values).</param>
    /// <param name="y">Second variable, same length.</param>
    /// <returns>Statistic = τ-b; Undefined for n &lt; 2 or when either variable is constant.</returns>
    public static TestResult TauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        int n = x.Length;
        if (n < 2)
        {
            return TestResult.Undefined;
        }

        long concordant = 0;
        long discordant = 0;
        bool knight = PairCounts.Applies(x) && PairCounts.Applies(y);
        for (int i = 0; i < n - 1 && !knight; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int s = Math.Sign(x[j] - x[i]) * Math.Sign(y[j] - y[i]);
                concordant += s > 0 ? 1 : 0;
                discordant += s < 0 ? 1 : 0;
            }
        }

        double total = n * (n - 1.0) / 2;
        TieSums xt = TieSums.Of(x);
        TieSums yt = TieSums.Of(y);
        if (xt.Pairs == total || yt.Pairs == total)
        {
            return TestResult.Undefined;
        }

        double diff = knight ? PairCounts.ConcordanceDifference(x, y) : concordant - discordant;
        double tau = diff / Math.Sqrt(total - xt.Pairs) / Math.Sqrt(total - yt.Pairs);
        if (xt.Pairs == 0 && yt.Pairs == 0 && n <= KendallDistribution.MaxExactN && !knight)
        {
            return new TestResult(tau, KendallDistribution.TwoSidedP(n, discordant));
        }

        double m = n * (n - 1.0);
        double variance = ((m * ((2.0 * n) + 5) - xt.Cubic - yt.Cubic) / 18)
            + (2 * xt.Pairs * yt.Pairs / m)
            + (n > 2 ? xt.Triple * yt.Triple / (9 * m * (n - 2)) : 0);
        return new TestResult(tau, Distributions.NormalTwoSidedP(diff / Math.Sqrt(variance)));
    }

    /// <summary>Tie sums over groups of size t: Σ t(t−1)/2, Σ t(t−1)(t−2), Σ t(t−1)(2t+5).</summary>
    private readonly record struct TieSums(double Pairs, double Triple, double Cubic)
    {
        public static TieSums Of(ReadOnlySpan<double> values)
        {
            double pairs = 0;
            double triple = 0;
            double cubic = 0;
            foreach (double t in Ranks.TieGroupSizes(values))
            {
                pairs += t * (t - 1) / 2;
                triple += t * (t - 1) * (t - 2);
                cubic += t * (t - 1) * ((2 * t) + 5);
            }

            return new TieSums(pairs, triple, cubic);
        }
    }
}
