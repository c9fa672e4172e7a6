namespace LogLens.Core.Statistics;

/// <summary>The Mann–Kendall monotonic trend test (docs/methods.md within runs, P5).</summary>
internal static class MannKendall
{
    /// <summary>Largest n for which the exact null distribution of S is used (no ties, no correction).</summary>
    public const int MaxExactN = 10;

    /// <summary>
    /// Tests for a monotonic trend in a series ordered by time. For n ≤ 10 without ties the p-value
    /// comes from the exact permutation distribution of S (as Kendall's τ against time); otherwise
    /// from Z = (S − sgn S)/√Var S with the tie-corrected
    /// Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18. With <paramref name="hamedRaoCorrection"/> the
    /// variance is inflated for autocorrelation and the normal approximation is always used.
    /// </summary>
    /// <param name="values">The series in time order (finite values).</param>
    /// <param name="hamedRaoCorrection">Apply the Hamed–Rao (1998) variance correction.</param>
    /// <returns>The result; P is NaN for n &lt; 3.</returns>
    public static MannKendallResult Test(ReadOnlySpan<double> values, bool hamedRaoCorrection = false)
    {
        int n = values.Length;
        long discordant = 0;
        double s = 0;
        bool knight = PairCounts.Applies(values);
        for (int i = 0; i < n - 1 && !knight; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int sign = Math.Sign(values[j] - values[i]);
                s += sign;
                discordant += sign < 0 ? 1 : 0;
            }
        }

        s = knight ? PairCounts.TrendDifference(values) : s;
        double tau = n >= 2 ? s / (n * (n - 1.0) / 2) : double.NaN;
        if (n < 3)
        {
            return new MannKendallResult(n, s, double.NaN, double.NaN, double.NaN, tau);
        }

        double tieTerm = 0;
        int[] ties = Ranks.TieGroupSizes(values);
        foreach (double t in ties)
        {
            tieTerm += t * (t - 1) * ((2 * t) + 5);
        }

        double variance = ((n * (n - 1.0) * ((2.0 * n) + 5)) - tieTerm) / 18;
        if (hamedRaoCorrection)
        {
            variance *= HamedRao.VarianceFactor(values);
        }

        double z = variance > 0 ? (s - Math.Sign(s)) / Math.Sqrt(variance) : double.NaN;
        double p;
        if (!hamedRaoCorrection && ties.Length == 0 && n <= MaxExactN)
        {
            p = KendallDistribution.TwoSidedP(n, discordant);
        }
        else
        {
            p = variance > 0 ? Distributions.NormalTwoSidedP(z) : double.NaN;
        }

        return new MannKendallResult(n, s, variance, z, p, tau);
    }
}
