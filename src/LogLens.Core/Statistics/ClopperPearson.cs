using LogLens.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace LogLens.Core.Statistics;

/// <summary>Exact (Clopper–Pearson) binomial bounds via beta quantiles (docs/methods.md: must-refuse failures).</summary>
internal static class ClopperPearson
{
    /// <summary>One-sided lower bound at <paramref name="level"/>: Beta(k, n−k+1) quantile 1 − level; 0 when k = 0.</summary>
    public static double Lower(int k, int n, double level = 0.95) =>
        n <= 0 ? double.NaN : k <= 0 ? 0 : k >= n ? Math.Pow(1 - level, 1.0 / n) : Beta.InvCDF(k, n - k + 1, 1 - level);

    /// <summary>One-sided upper bound at <paramref name="level"/>: Beta(k+1, n−k) quantile level; 1 when k = n.</summary>
    public static double Upper(int k, int n, double level = 0.95) =>
        n <= 0 ? double.NaN : k >= n ? 1 : k <= 0 ? 1 - Math.Pow(1 - level, 1.0 / n) : Beta.InvCDF(k + 1, n - k, level);

    /// <summary>The two-sided interval at <paramref name="level"/> (each tail (1 − level)/2).</summary>
    public static Interval TwoSided(int k, int n, double level = 0.95)
    {
        double tail = (1 + level) / 2;
        return new Interval(Lower(k, n, tail), Upper(k, n, tail));
    }

    /// <summary>Exact one-sided p of "rate ≤ <paramref name="rate"/>" given k of n: P(X ≥ k | n, rate).</summary>
    public static double UpperTailP(int k, int n, double rate) =>
        n <= 0 ? double.NaN : k <= 0 ? 1 : rate <= 0 ? 0 : rate >= 1 ? 1 : 1 - Binomial.CDF(rate, n, k - 1);
}
