using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace LogLens.Core.Statistics;

/// <summary>
/// Tail probabilities and quantiles written to avoid the MathNet 5.0 pitfalls of docs/methods.md:
/// p-values come from regularized incomplete beta/gamma tails (never 1 − CDF, which underflows),
/// and quantiles never let a <see cref="NonConvergenceException"/> escape.
/// </summary>
internal static class Distributions
{
    /// <summary>Two-sided Student-t p-value P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).</summary>
    /// <param name="t">The t statistic.</param>
    /// <param name="df">Degrees of freedom (may be fractional, e.g. Welch).</param>
    /// <returns>The p-value; NaN for NaN input or df ≤ 0.</returns>
    public static double StudentTTwoSidedP(double t, double df)
    {
        if (double.IsNaN(t) || !(df > 0))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        return SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t)));
    }

    /// <summary>
    /// The Student-t quantile. Closed forms for ν = 1 and ν = 2; otherwise MathNet's InvCDF, and when
    /// that fails to converge a bisection on the beta tail.
    /// </summary>
    /// <param name="p">The probability.</param>
    /// <param name="df">Degrees of freedom.</param>
    /// <returns>The quantile (±∞ at p = 0 or 1; NaN for invalid input).</returns>
    public static double StudentTQuantile(double p, double df)
    {
        if (!(p >= 0 && p <= 1) || !(df > 0))
        {
            return double.NaN;
        }

        if (p == 0 || p == 1)
        {
            return p == 0 ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (df == 1)
        {
            return Math.Tan(Math.PI * (p - 0.5));
        }

        if (df == 2)
        {
            return ((2 * p) - 1) / Math.Sqrt(2 * p * (1 - p));
        }

        try
        {
            return StudentT.InvCDF(0, 1, df, p);
        }
        catch (NonConvergenceException)
        {
            double upper = Math.Min(p, 1 - p);
            double magnitude = Bisection.Decreasing(t => StudentTTwoSidedP(t, df) / 2, upper);
            return p < 0.5 ? -magnitude : magnitude;
        }
    }

    /// <summary>F upper tail P(F ≥ f) = I_{d2/(d2+d1·f)}(d2/2, d1/2).</summary>
    /// <param name="f">The F statistic.</param>
    /// <param name="d1">Numerator degrees of freedom.</param>
    /// <param name="d2">Denominator degrees of freedom.</param>
    /// <returns>The upper-tail probability; NaN for NaN input or non-positive df.</returns>
    public static double FUpperTail(double f, double d1, double d2)
    {
        if (double.IsNaN(f) || !(d1 > 0) || !(d2 > 0))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1;
        }

        return double.IsPositiveInfinity(f) ? 0 : SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + (d1 * f)));
    }

    /// <summary>
    /// The F quantile, for confidence intervals only (never p-values): MathNet's InvCDF, and a
    /// bisection on <see cref="FUpperTail"/> when it fails to converge.
    /// </summary>
    /// <param name="p">The probability.</param>
    /// <param name="d1">Numerator degrees of freedom.</param>
    /// <param name="d2">Denominator degrees of freedom.</param>
    /// <returns>The quantile; NaN for invalid input.</returns>
    public static double FQuantile(double p, double d1, double d2)
    {
        if (!(p > 0 && p < 1) || !(d1 > 0) || !(d2 > 0))
        {
            return p == 0 ? 0 : (p == 1 ? double.PositiveInfinity : double.NaN);
        }

        try
        {
            return FisherSnedecor.InvCDF(d1, d2, p);
        }
        catch (NonConvergenceException)
        {
            return Bisection.Decreasing(f => FUpperTail(f, d1, d2), 1 - p);
        }
    }

    /// <summary>χ² upper tail P(X ≥ x) = Q(df/2, x/2).</summary>
    /// <param name="x">The statistic.</param>
    /// <param name="df">Degrees of freedom.</param>
    /// <returns>The upper-tail probability; NaN for NaN input or df ≤ 0.</returns>
    public static double ChiSquareUpperTail(double x, double df)
    {
        if (double.IsNaN(x) || !(df > 0))
        {
            return double.NaN;
        }

        return x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);
    }

    /// <summary>Two-sided standard normal p-value P(|Z| ≥ |z|) = erfc(|z|/√2).</summary>
    /// <param name="z">The z statistic.</param>
    /// <returns>The p-value; NaN for NaN input.</returns>
    public static double NormalTwoSidedP(double z) =>
        double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>The standard normal quantile Φ⁻¹(p).</summary>
    /// <param name="p">The probability.</param>
    /// <returns>The quantile (±∞ at 0 and 1; NaN outside [0, 1]).</returns>
    public static double NormalQuantile(double p) =>
        p >= 0 && p <= 1 ? Normal.InvCDF(0, 1, p) : double.NaN;

    /// <summary>Standard normal upper tail P(Z ≥ z) = erfc(z/√2)/2, accurate far into the tail.</summary>
    /// <param name="z">The z statistic.</param>
    /// <returns>The upper-tail probability.</returns>
    public static double NormalUpperTail(double z) =>
        double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(z / Math.Sqrt(2)) / 2;
}
