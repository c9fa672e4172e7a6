namespace LogLens.Core.Statistics;

/// <summary>
/// Knight's (1966) O(n log n) counts behind Kendall's τ and Mann–Kendall's S, as scipy computes them: sort by
/// (x, y), count the strict inversions of y by merge sort, and correct with tie counts. The counts are
/// integers, so the results are exactly those of the O(n²) pair loops, which remain for small or non-finite input.
/// </summary>
internal static class PairCounts
{
    /// <summary>Below this many values the pair loop is as fast and also yields the discordant count for exact p-values.</summary>
    public const int MinValues = 64;

    /// <summary>True when <see cref="ConcordanceDifference"/> may replace the pair loop on these values.</summary>
    public static bool Applies(ReadOnlySpan<double> values) =>
        values.Length >= MinValues && !values.ContainsAnyExceptInRange(double.MinValue, double.MaxValue);

    /// <summary>C − D = Σ_{i&lt;j} sgn(x_j − x_i)·sgn(y_j − y_i) for finite values.</summary>
    public static long ConcordanceDifference(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        double[] xs = x.ToArray();
        double[] ys = y.ToArray();
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => xs[a] != xs[b] ? xs[a].CompareTo(xs[b]) : ys[a].CompareTo(ys[b]));
        long xTies = 0;
        long jointTies = 0;
        long xRun = 1;
        long jointRun = 1;
        var yByX = new double[n];
        yByX[0] = ys[order[0]];
        for (int i = 1; i < n; i++)
        {
            bool sameX = xs[order[i]] == xs[order[i - 1]];
            bool same = sameX && ys[order[i]] == ys[order[i - 1]];
            xTies += sameX ? 0 : xRun * (xRun - 1) / 2;
            xRun = sameX ? xRun + 1 : 1;
            jointTies += same ? 0 : jointRun * (jointRun - 1) / 2;
            jointRun = same ? jointRun + 1 : 1;
            yByX[i] = ys[order[i]];
        }

        xTies += xRun * (xRun - 1) / 2;
        jointTies += jointRun * (jointRun - 1) / 2;
        long discordant = SortCountingInversions(yByX);
        return Pairs(n) - xTies - TiedPairs(yByX) + jointTies - (2 * discordant);
    }

    /// <summary>S = Σ_{i&lt;j} sgn(y_j − y_i) for finite values in time order (time has no ties).</summary>
    public static long TrendDifference(ReadOnlySpan<double> values)
    {
        double[] sorted = values.ToArray();
        long discordant = SortCountingInversions(sorted);
        return Pairs(values.Length) - TiedPairs(sorted) - (2 * discordant);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;

    private static long TiedPairs(double[] sorted)
    {
        long ties = 0;
        long run = 1;
        for (int i = 1; i < sorted.Length; i++)
        {
            bool same = sorted[i] == sorted[i - 1];
            ties += same ? 0 : run * (run - 1) / 2;
            run = same ? run + 1 : 1;
        }

        return ties + (run * (run - 1) / 2);
    }

    /// <summary>Sorts ascending (bottom-up merge sort) and returns the pairs i &lt; j with values[i] &gt; values[j].</summary>
    private static long SortCountingInversions(double[] values)
    {
        int n = values.Length;
        double[] source = values;
        double[] target = new double[n];
        long inversions = 0;
        for (int width = 1; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n);
                int hi = Math.Min(lo + (2 * width), n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi)
                {
                    if (source[j] < source[i])
                    {
                        inversions += mid - i;
                        target[k++] = source[j++];
                    }
                    else
                    {
                        target[k++] = source[i++];
                    }
                }

                Array.Copy(source, i, target, k, mid - i);
                Array.Copy(source, j, target, k + (mid - i), hi - j);
            }

            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, values))
        {
            source.CopyTo(values, 0);
        }

        return inversions;
    }
}
