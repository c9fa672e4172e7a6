namespace LogLens.Core.Statistics;

/// <summary>
/// In-place order-statistic selection (introselect): Hoare partitioning around a median-of-three
/// pivot, falling back to a sort of the remaining range if partitioning degenerates. Expected O(n),
/// worst case O(n log n); deterministic.
/// </summary>
internal static class Selection
{
    /// <summary>
    /// Returns the k-th smallest value (0-based) and leaves <paramref name="values"/> partitioned so
    /// that values[k] holds it, everything before is ≤ and everything after is ≥.
    /// </summary>
    public static double Select(Span<double> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
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
