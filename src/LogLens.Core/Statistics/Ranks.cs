namespace LogLens.Core.Statistics;

/// <summary>Rank transforms shared by the rank-based tests.</summary>
internal static class Ranks
{
    /// <summary>
    /// Average (mid) ranks, 1-based, as <c>scipy.stats.rankdata(method="average")</c>: tied values
    /// share the mean of the ranks they occupy. Callers exclude NaN before ranking.
    /// </summary>
    /// <param name="values">The values to rank.</param>
    /// <returns>The rank of each value, in input order.</returns>
    public static double[] Average(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        var ranks = new double[n];
        if (n == 0)
        {
            return ranks;
        }

        double[] keys = values.ToArray();
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2.
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end;
        }

        return ranks;
    }

    /// <summary>
    /// Sizes of the groups of tied values (only groups of two or more), used by tie corrections.
    /// </summary>
    /// <param name="values">The values (or ranks) to inspect.</param>
    /// <returns>One entry per tie group with its size.</returns>
    public static int[] TieGroupSizes(ReadOnlySpan<double> values)
    {
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        var sizes = new List<int>();
        int start = 0;
        while (start < sorted.Length)
        {
            int end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                sizes.Add(end - start);
            }

            start = end;
        }

        return [.. sizes];
    }

    /// <summary>Σ (t³ − t) over tie groups: the usual tie-correction term.</summary>
    /// <param name="values">The values (or ranks) to inspect.</param>
    /// <returns>The sum; zero when there are no ties.</returns>
    public static double TieCubeSum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (int t in TieGroupSizes(values))
        {
            sum += ((double)t * t * t) - t;
        }

        return sum;
    }
}
