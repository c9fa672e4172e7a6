using System.Buffers;

namespace LogLens.Core.Statistics;

/// <summary>Sen's (Theil–Sen) slope with Sen's (1968) confidence interval (docs/methods.md, P5).</summary>
internal static class SenSlope
{
    /// <summary>
    /// Matches <c>scipy.stats.theilslopes(y, x, alpha=confidence)</c>: slope = median of
    /// (y_j − y_i)/(x_j − x_i) over pairs with x_j ≠ x_i; intercept = median(y) − slope·median(x);
    /// CI bounds are the order statistics at round((N ∓ z·σ)/2) with
    /// σ² = [n(n−1)(2n+5) − Σ_x-ties − Σ_y-ties]/18 (banker's rounding as numpy). Uses O(n²) memory
    /// for the slopes and linear-time selection, no full sort; callers block-average long series.
    /// </summary>
    /// <param name="x">The abscissa, e.g. steps.</param>
    /// <param name="y">The values, same length.</param>
    /// <param name="confidence">The two-sided confidence level of the slope interval, e.g. 0.90.</param>
    /// <returns>The estimate; <see cref="SenSlopeResult.Undefined"/> without two distinct x values.</returns>
    public static SenSlopeResult Estimate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidence = 0.90)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        int n = x.Length;
        double alpha = confidence > 0.5 ? 1 - confidence : confidence;
        double z = Distributions.NormalQuantile(alpha / 2);
        double sigma = Math.Sqrt((Cubic(n) - TieTerm(x) - TieTerm(y)) / 18);

        // The usual case (steps rising, many pairs): the four order statistics from the slopes near them.
        long all = n * (n - 1L) / 2;
        Span<double> found = stackalloc double[4];
        if (SlopeBand.TrySelect(x, y, [LowerIndex(all, z, sigma), (int)((all - 1) / 2), (int)(all / 2), UpperIndex(all, z, sigma)], found))
        {
            double median = all % 2 == 1 ? found[2] : 0.5 * (found[1] + found[2]);
            return new SenSlopeResult(median, Descriptive.Median(y) - (median * Descriptive.Median(x)), found[0], found[3]);
        }

        double[]? rented = Slopes(x, y, out int pairs);
        if (rented is null)
        {
            return SenSlopeResult.Undefined;
        }

        try
        {
            Span<double> slopes = rented.AsSpan(0, pairs);
            double slope = OrderStatistic.Median(slopes);
            double intercept = Descriptive.Median(y) - (slope * Descriptive.Median(x));
            return new SenSlopeResult(slope, intercept, Bound(slopes, LowerIndex(pairs, z, sigma)), Bound(slopes, UpperIndex(pairs, z, sigma)));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>The 0-based rank of the lower CI bound among <paramref name="pairs"/> slopes, round((N + zσ)/2) − 1 (z &lt; 0).</summary>
    private static int LowerIndex(long pairs, double z, double sigma) => (int)Math.Max((long)Math.Round((pairs + (z * sigma)) / 2) - 1, 0);

    /// <summary>The 0-based rank of the upper CI bound, round((N − zσ)/2).</summary>
    private static int UpperIndex(long pairs, double z, double sigma) => (int)Math.Min((long)Math.Round((pairs - (z * sigma)) / 2), pairs - 1);

    /// <summary>
    /// The k-th smallest slope after <see cref="OrderStatistic.Median"/> left the slopes partitioned at n/2: a CI bound
    /// lies on one side of it, so only that side is searched.
    /// </summary>
    private static double Bound(Span<double> slopes, int k)
    {
        int mid = slopes.Length / 2;
        return k < mid ? OrderStatistic.Select(slopes[..mid], k)
            : k > mid ? OrderStatistic.Select(slopes[(mid + 1)..], k - mid - 1)
            : slopes[mid];
    }

    /// <summary>Only the slope (the median pairwise slope), NaN without two distinct x values.</summary>
    internal static double Median(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        long all = x.Length * (x.Length - 1L) / 2;
        Span<double> middle = stackalloc double[2];
        if (SlopeBand.TrySelect(x, y, [(int)((all - 1) / 2), (int)(all / 2)], middle))
        {
            return all % 2 == 1 ? middle[1] : 0.5 * (middle[0] + middle[1]);
        }

        double[]? rented = Slopes(x, y, out int pairs);
        if (rented is null)
        {
            return double.NaN;
        }

        double median = OrderStatistic.Median(rented.AsSpan(0, pairs));
        ArrayPool<double>.Shared.Return(rented);
        return median;
    }

    /// <summary>
    /// The pairwise slopes over pairs with x_j &gt; x_i, in no particular order, in the first <paramref name="pairs"/>
    /// slots of an array rented from the shared pool (the caller returns it: at 200 points the slopes take 160 kB,
    /// a large-object allocation per call that would churn the GC); null when there are none.
    /// </summary>
    private static double[]? Slopes(ReadOnlySpan<double> x, ReadOnlySpan<double> y, out int pairs)
    {
        int n = x.Length;
        bool increasing = true;
        for (int i = 1; i < n && increasing; i++)
        {
            increasing = x[i] > x[i - 1];
        }

        long count = 0;
        for (int i = 0; i < n && !increasing; i++)
        {
            for (int j = 0; j < n; j++)
            {
                count += x[j] > x[i] ? 1 : 0;
            }
        }

        pairs = checked((int)(increasing ? n * (n - 1L) / 2 : count));
        if (pairs == 0)
        {
            return null;
        }

        double[] slopes = ArrayPool<double>.Shared.Rent(pairs);
        long next = 0;
        for (int i = 0; i < n; i++)
        {
            // Steps are usually strictly increasing: then every later point pairs with i, no test needed.
            for (int j = increasing ? i + 1 : 0; j < n; j++)
            {
                if (increasing || x[j] > x[i])
                {
                    slopes[next++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }

        return slopes;
    }

    private static double Cubic(double t) => t * (t - 1) * ((2 * t) + 5);

    private static double TieTerm(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (int t in Ranks.TieGroupSizes(values))
        {
            sum += Cubic(t);
        }

        return sum;
    }
}
