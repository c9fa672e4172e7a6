using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace LogLens.Core.Statistics;

/// <summary>
/// Order statistics of the pairwise slopes of a series with strictly increasing x (Sen's slope and its CI bounds)
/// without selecting among all n(n−1)/2 of them: the slopes of a pseudo-random sample of pairs give two bounds that
/// bracket the wanted ranks, one vectorised pass computes every slope, counts those below the lower bound and keeps
/// only those in between (a fifth of them), and the ranks are selected there. The values are those of selecting among
/// all slopes (the same IEEE divisions). Declines — and the caller selects among all slopes — with few pairs, x not
/// strictly increasing, a non-finite value, no vector hardware, or bounds that miss a rank (rare).
/// </summary>
internal static class SlopeBand
{
    /// <summary>Writes the slopes of the given 0-based <paramref name="ranks"/> (ascending) into <paramref name="found"/>; false when it declines.</summary>
    public static bool TrySelect(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<int> ranks, Span<double> found)
    {
        int n = x.Length;
        long pairs = n * (n - 1L) / 2;
        if (pairs < OrderStatistic.SampledLength || pairs > Array.MaxLength || !Vector256.IsHardwareAccelerated || !Ascending(ranks)
            || !IncreasingAndFinite(x) || y.ContainsAnyExceptInRange(double.MinValue, double.MaxValue))
        {
            return false;
        }

        (double lo, double hi) = Bounds(x, y, (int)pairs, ranks[0], ranks[^1]);
        double[] kept = ArrayPool<double>.Shared.Rent((int)pairs);
        try
        {
            int count = Keep(x, y, lo, hi, kept, out int below);
            if (ranks[0] < below || ranks[^1] >= below + count)
            {
                return false;
            }

            // Selection leaves the kept slopes partitioned at each rank: the next (not smaller) rank lies after it.
            Span<double> slopes = kept.AsSpan(0, count);
            int from = 0;
            for (int r = 0; r < ranks.Length; r++)
            {
                int k = ranks[r] - below;
                found[r] = OrderStatistic.Select(slopes[from..], k - from);
                from = k;
            }

            return true;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(kept);
        }
    }

    /// <summary>
    /// Takes the slopes of m ≈ pairs^(2/3) pseudo-random pairs and returns the sample values 2√m sample ranks below
    /// <paramref name="first"/>'s and above <paramref name="last"/>'s place (∓∞ past the sample's ends): the sample
    /// rank of a population rank has a standard deviation of at most √m/2, so the bounds miss by chance about once in
    /// 30,000 calls per side (and the caller then selects among all slopes).
    /// </summary>
    private static (double Lo, double Hi) Bounds(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int pairs, int first, int last)
    {
        int n = x.Length;
        int m = (int)Math.Min(pairs / 8, Math.Pow(pairs, 2.0 / 3));
        double[] rented = ArrayPool<double>.Shared.Rent(m);
        try
        {
            Span<double> sample = rented.AsSpan(0, m);
            ulong state = OrderStatistic.SampleSeed;
            for (int taken = 0; taken < m;)
            {
                int i = OrderStatistic.SampleIndex(ref state, n);
                int j = OrderStatistic.SampleIndex(ref state, n);
                if (i != j)
                {
                    (i, j) = i < j ? (i, j) : (j, i);
                    sample[taken++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }

            int gap = (int)(2 * Math.Sqrt(m)) + 1;
            int lowAt = (int)((long)first * m / pairs) - gap;
            int highAt = (int)((long)last * m / pairs) + gap;
            double lo = lowAt >= 0 ? OrderStatistic.Select(sample, lowAt) : double.NegativeInfinity;
            int from = Math.Max(lowAt, 0);
            double hi = highAt < m ? OrderStatistic.Select(sample[from..], highAt - from) : double.PositiveInfinity;
            return (lo, hi);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Every slope of pairs i &lt; j: those in [lo, hi] go to <paramref name="kept"/> (returns how many), those below are counted.</summary>
    private static int Keep(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double lo, double hi, double[] kept, out int below)
    {
        int n = x.Length;
        int width = Vector256<double>.Count;
        var low = Vector256.Create(lo);
        var high = Vector256.Create(hi);
        int count = 0;
        below = 0;
        for (int i = 0; i < n - 1; i++)
        {
            double xi = x[i];
            double yi = y[i];
            var xs = Vector256.Create(xi);
            var ys = Vector256.Create(yi);
            int j = i + 1;
            for (; j <= n - width; j += width)
            {
                Vector256<double> slopes = (Vector256.Create(y.Slice(j, width)) - ys) / (Vector256.Create(x.Slice(j, width)) - xs);
                uint under = Vector256.LessThan(slopes, low).ExtractMostSignificantBits();
                uint over = Vector256.GreaterThan(slopes, high).ExtractMostSignificantBits();
                below += BitOperations.PopCount(under);
                for (uint inside = ~(under | over) & ((1u << width) - 1); inside != 0; inside &= inside - 1)
                {
                    kept[count++] = slopes.GetElement(BitOperations.TrailingZeroCount(inside));
                }
            }

            for (; j < n; j++)
            {
                double slope = (y[j] - yi) / (x[j] - xi);
                if (slope < lo)
                {
                    below++;
                }
                else if (slope <= hi)
                {
                    kept[count++] = slope;
                }
            }
        }

        return count;
    }

    private static bool Ascending(ReadOnlySpan<int> ranks)
    {
        for (int r = 1; r < ranks.Length; r++)
        {
            if (ranks[r] < ranks[r - 1])
            {
                return false;
            }
        }

        return ranks.Length > 0;
    }

    private static bool IncreasingAndFinite(ReadOnlySpan<double> x)
    {
        if (x.ContainsAnyExceptInRange(double.MinValue, double.MaxValue))
        {
            return false;
        }

        for (int i = 1; i < x.Length; i++)
        {
            if (!(x[i] > x[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
