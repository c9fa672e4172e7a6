using MathNet.Numerics;

namespace LogLens.Core.Statistics;

/// <summary>The two-sided sign (binomial) test for wins out of n (docs/methods.md).</summary>
internal static class SignTest
{
    /// <summary>
    /// p = min(1, 2·P(X ≤ min(k, n − k))) for X ~ Binomial(n, ½), as scipy's two-sided binomtest for
    /// p = ½. Ties are split by the caller. Five wins out of five give 0.0625.
    /// </summary>
    /// <param name="wins">The number of wins k, 0 ≤ k ≤ n.</param>
    /// <param name="n">The number of comparisons.</param>
    /// <returns>The p-value; NaN for n ≤ 0.</returns>
    public static double TwoSidedP(int wins, int n)
    {
        if (n <= 0)
        {
            return double.NaN;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(wins);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wins, n);
        int k = Math.Min(wins, n - wins);
        return Math.Min(1, 2 * BinomialHalfCdf(k, n));
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, ½) via the regularized beta I_½(n − k, k + 1).</summary>
    internal static double BinomialHalfCdf(int k, int n) =>
        k >= n ? 1 : SpecialFunctions.BetaRegularized(n - k, k + 1, 0.5);
}
