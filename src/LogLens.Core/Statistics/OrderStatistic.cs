using System.Buffers;
using System.Numerics;

namespace LogLens.Core.Statistics;

/// <summary>
/// In-place order-statistic selection (introselect): Hoare partitioning around a median-of-three
/// pivot, falling back to a sort of the remaining range if partitioning degenerates. Expected O(n),
/// worst case O(n log n); deterministic. Long NaN-free inputs first narrow the range Floyd–Rivest style: two
/// pivots from a sorted sample bracket the wanted rank, and two branchless passes move the values below and
/// between them into place, so only the few thousand values between the pivots are partitioned by Hoare's
/// scheme, whose branches mispredict on random data.
/// </summary>
internal static class OrderStatistic
{
    /// <summary>From this length on, selection starts from sample pivots.</summary>
    public const int SampledLength = 4096;

    /// <summary>
    /// Returns the k-th smallest value (0-based) and leaves <paramref name="values"/> partitioned so
    /// that values[k] holds it, everything before is ≤ and everything after is ≥.
    /// </summary>
    public static double Select(Span<double> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        return values.Length >= SampledLength && !ContainsNaN(values) ? SelectAroundSample(values, k) : Quickselect(values, k);
    }

    /// <summary>
    /// Sorts a pseudo-random sample of about n^(2/3)/2 values and takes the values about 2√m sample ranks either
    /// side of k's place in it as pivots lo ≤ hi (k falls between them but with tiny probability). Moves the values
    /// below lo to the front and those up to hi after them; k is then usually in that middle block. Wherever it
    /// falls, the blocks are already ordered among themselves, so selecting within its block leaves the whole
    /// span partitioned at k.
    /// </summary>
    private static double SelectAroundSample(Span<double> values, int k)
    {
        int n = values.Length;
        int m = (int)Math.Min(n / 8, Math.Pow(n, 2.0 / 3) / 2);
        double[] rented = ArrayPool<double>.Shared.Rent(m);
        double lo;
        double hi;
        try
        {
            Span<double> sample = rented.AsSpan(0, m);
            ulong state = SampleSeed;
            for (int i = 0; i < m; i++)
            {
                sample[i] = values[SampleIndex(ref state, n)];
            }

            sample.Sort();
            int rank = (int)((long)k * m / n);
            int gap = (int)(2 * Math.Sqrt(m)) + 1;
            lo = rank - gap >= 0 ? sample[rank - gap] : double.NegativeInfinity;
            hi = rank + gap < m ? sample[rank + gap] : double.PositiveInfinity;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        int below = PartitionBelow(values, lo);
        if (k < below)
        {
            return Quickselect(values[..below], k);
        }

        // t ≤ hi is t < the next double after hi (for any t but NaN, and ±0 alike); hi = +∞ takes everything.
        int upTo = double.IsPositiveInfinity(hi) ? n : below + PartitionBelow(values[below..], Math.BitIncrement(hi));
        return k < upTo ? Quickselect(values[below..upTo], k - below) : Quickselect(values[upTo..], k - upTo);
    }

    /// <summary>The fixed seed of <see cref="SampleIndex"/>: samples, and so timings, are the same on every run.</summary>
    internal const ulong SampleSeed = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// A pseudo-random index below <paramref name="n"/> from a 64-bit LCG (Knuth's constants) for choosing samples; advances <paramref name="state"/>.
    /// </summary>
    internal static int SampleIndex(ref ulong state, int n)
    {
        state = (state * 6364136223846793005UL) + 1442695040888963407UL;
        return (int)((state >> 33) % (ulong)n);
    }

    /// <summary>Moves the values &lt; <paramref name="pivot"/> to the front (branchless Lomuto); returns how many.</summary>
    private static int PartitionBelow(Span<double> values, double pivot)
    {
        int j = 0;
        for (int i = 0; i < values.Length; i++)
        {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
            j += t < pivot ? 1 : 0;
        }

        return j;
    }

    private static bool ContainsNaN(ReadOnlySpan<double> values)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var v = new Vector<double>(values[i..]);
                if (!Vector.EqualsAll(v, v))
                {
                    return true;
                }
            }
        }

        for (; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Introselect, as <see cref="Select"/> promises.</summary>
    private static double Quickselect(Span<double> values, int k)
    {
        int lo = 0;
        int hi = values.Length - 1;
        int budget = 2 * (int)Math.Ceiling(Math.Log2(values.Length + 1)) + 8;
        while (hi > lo)
        {
            if (--budget < 0 || hi - lo < 16)
            {
                values[lo..(hi + 1)].Sort();
                break;
            }

            double pivot = MedianOfThree(values[lo], values[lo + ((hi - lo) / 2)], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now [lo, j] ≤ pivot ≤ [i, hi], and any slots strictly between j and i equal the pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    /// <summary>The median of a set of values (mean of the middle two for even counts); reorders it.</summary>
    public static double Median(Span<double> values)
    {
        int n = values.Length;
        double upper = Select(values, n / 2);
        if (n % 2 == 1)
        {
            return upper;
        }

        // After selecting n/2, the lower middle is the maximum of the left part.
        double lower = double.NegativeInfinity;
        foreach (double v in values[..(n / 2)])
        {
            lower = Math.Max(lower, v);
        }

        return 0.5 * (lower + upper);
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
