using System.Buffers;
using System.Runtime.CompilerServices;

namespace LogLens.Core.Statistics;

/// <summary>
/// Descriptive statistics. Callers pass finite values: NaN/Inf are counted and excluded upstream
/// (docs/methods.md), never here. Undefined results (empty input, n &lt; 2 for spreads) are NaN.
/// </summary>
internal static class Descriptive
{
    /// <summary>Scale factor that makes the MAD a consistent estimator of σ under normality.</summary>
    public const double MadNormalConsistency = 1.4826;

    // Inputs up to this many values are copied to the stack (2 KiB) rather than the heap.
    private const int StackLimit = 256;

    /// <summary>The arithmetic mean; NaN for empty input.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The mean.</returns>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>
    /// The sample variance (denominator n − 1) by the corrected two-pass algorithm, so a constant
    /// series gives exactly 0 despite rounding in the mean; NaN for n &lt; 2.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <returns>The variance.</returns>
    public static double Variance(ReadOnlySpan<double> values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        double mean = Mean(values);
        double ss = 0;
        double drift = 0;
        foreach (double v in values)
        {
            ss += (v - mean) * (v - mean);
            drift += v - mean;
        }

        return Math.Max(0, ss - (drift * drift / values.Length)) / (values.Length - 1);
    }

    /// <summary>The sample standard deviation (n − 1); NaN for n &lt; 2.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The standard deviation.</returns>
    public static double StandardDeviation(ReadOnlySpan<double> values) => Math.Sqrt(Variance(values));

    /// <summary>The median (mean of the two middle values for even n); NaN for empty input.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The median.</returns>
    public static double Median(ReadOnlySpan<double> values) => QuantileR7(values, 0.5);

    /// <summary>
    /// The τ-quantile with Hyndman–Fan definition 7 (numpy/scipy and R default; MathNet's default
    /// is R8): h = (n − 1)τ, linear interpolation between order statistics ⌊h⌋ and ⌊h⌋ + 1.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="tau">The probability in [0, 1].</param>
    /// <returns>The quantile; NaN for empty input.</returns>
    public static double QuantileR7(ReadOnlySpan<double> values, double tau)
    {
        if (!(tau >= 0 && tau <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "tau must lie in [0, 1].");
        }

        if (values.IsEmpty)
        {
            return double.NaN;
        }

        if (values.Length > StackLimit && !values.ContainsAnyExceptInRange(double.NegativeInfinity, double.PositiveInfinity))
        {
            return QuantileR7BySelection(values, tau);
        }

        // Small inputs (rolling windows, per-config groups) are sorted on the stack: no garbage per call.
        Span<double> sorted = values.Length <= StackLimit ? stackalloc double[values.Length] : new double[values.Length];
        values.CopyTo(sorted);
        sorted.Sort();
        return QuantileR7Sorted(sorted, tau);
    }

    /// <summary>The scaled median absolute deviation 1.4826·median|x − median x|; NaN for empty input.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The scaled MAD.</returns>
    public static double Mad(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        return MadAbout(values, Median(values));
    }

    /// <summary>Pooled within-group SD (seed noise when the groups are configs), √MSW over groups with ≥ 2 values; NaN without within df.</summary>
    internal static double PooledWithinSd(IEnumerable<double[]> groups)
    {
        double ss = 0;
        int df = 0;
        foreach (double[] g in groups.Where(g => g.Length >= 2))
        {
            double mean = g.Average();
            ss += g.Sum(v => (v - mean) * (v - mean));
            df += g.Length - 1;
        }

        return df > 0 ? Math.Sqrt(ss / df) : double.NaN;
    }

    /// <summary>
    /// Point-to-point noise: the scaled MAD of successive differences / √2 (the noise SD of a series whose trend only
    /// shifts the differences' median); NaN below 3 values.
    /// </summary>
    public static double DifferenceNoise(ReadOnlySpan<double> values)
    {
        if (values.Length < 3)
        {
            return double.NaN;
        }

        int n = values.Length - 1;
        double[] diffs = ArrayPool<double>.Shared.Rent(n);
        for (int i = 0; i < n; i++)
        {
            diffs[i] = values[i + 1] - values[i];
        }

        double mad = Mad(diffs.AsSpan(0, n));
        ArrayPool<double>.Shared.Return(diffs);
        return mad / Math.Sqrt(2);
    }

    /// <summary>The scaled MAD about a median the caller already has (<see cref="Median"/> of the same values).</summary>
    internal static double MadAbout(ReadOnlySpan<double> values, double median)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        double[]? rented = values.Length <= StackLimit ? null : ArrayPool<double>.Shared.Rent(values.Length);
        Span<double> deviations = rented is null ? stackalloc double[values.Length] : rented.AsSpan(0, values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            deviations[i] = Math.Abs(values[i] - median);
        }

        double mad = MadNormalConsistency * Median(deviations);
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return mad;
    }

    /// <summary>
    /// The Student-t confidence interval of the mean, mean ± t(1 − α/2, n − 1)·s/√n
    /// (docs/methods.md: the interval to use for n &lt; 10). Undefined for n &lt; 2.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="level">The confidence level, e.g. 0.95.</param>
    /// <returns>The interval.</returns>
    public static Interval MeanConfidenceInterval(ReadOnlySpan<double> values, double level = 0.95)
    {
        if (values.Length < 2)
        {
            return Interval.Undefined;
        }

        double mean = Mean(values);
        double halfWidth = Distributions.StudentTQuantile(0.5 + (level / 2), values.Length - 1)
            * StandardDeviation(values) / Math.Sqrt(values.Length);
        return new Interval(mean - halfWidth, mean + halfWidth);
    }

    /// <summary>
    /// R7 on long NaN-free input in expected O(n): the two order statistics the formula needs come from
    /// selection (the same values a full sort puts there), not from sorting the whole copy.
    /// </summary>
    private static double QuantileR7BySelection(ReadOnlySpan<double> values, double tau)
    {
        // A pooled copy: long series are medianed many times per analysis (noise scales, MADs).
        double[] rented = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            Span<double> copy = rented.AsSpan(0, values.Length);
            values.CopyTo(copy);
            double h = (copy.Length - 1) * tau;
            int lo = (int)Math.Floor(h);
            double low = OrderStatistic.Select(copy, lo);
            if (lo >= copy.Length - 1)
            {
                return low;
            }

            // Selection leaves everything after lo at least as large: the next order statistic is their minimum.
            double high = double.PositiveInfinity;
            foreach (double v in copy[(lo + 1)..])
            {
                high = Math.Min(high, v);
            }

            return low + ((h - lo) * (high - low));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>R7 quantile of values that are already sorted ascending.</summary>
    internal static double QuantileR7Sorted(IReadOnlyList<double> sorted, double tau)
    {
        double h = (sorted.Count - 1) * tau;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Count - 1)
        {
            return sorted[^1];
        }

        return sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
    }

    /// <summary>R7 quantile of values that are already sorted ascending.</summary>
    /// <remarks>
    /// Optimised from its first call: LL105 calls it once per point of every loss curve (10M times on a 1,000-run
    /// folder), and left to tiering it ran as unoptimised tier-0 code for most of an analysis (2.5% of the CPU).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double QuantileR7Sorted(ReadOnlySpan<double> sorted, double tau)
    {
        double h = (sorted.Length - 1) * tau;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
    }
}
