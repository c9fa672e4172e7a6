namespace LogLens.Core.Statistics;

/// <summary>
/// The exact null distribution of the number of discordant pairs (inversions) of a random
/// permutation without ties, shared by Kendall's τ and Mann–Kendall. Mirrors scipy's
/// <c>_kendall_p_exact</c>.
/// </summary>
internal static class KendallDistribution
{
    /// <summary>Largest n for which the exact distribution is used.</summary>
    public const int MaxExactN = 33;

    /// <summary>P(inversions ≤ c) for a uniform random permutation of n elements.</summary>
    public static double Cdf(int n, long c)
    {
        long total = (long)n * (n - 1) / 2;
        if (c < 0)
        {
            return 0;
        }

        if (c >= total)
        {
            return 1;
        }

        // Probabilities (not counts) keep the recursion in range for any n ≤ 33:
        // P_j(k) = (1/j) Σ_{i=0}^{j-1} P_{j-1}(k − i), truncated at c.
        int width = (int)c + 1;
        var current = new double[width];
        current[0] = 1;
        for (int j = 2; j <= n; j++)
        {
            var next = new double[width];
            double window = 0;
            for (int k = 0; k < width; k++)
            {
                window += current[k];
                if (k - j >= 0)
                {
                    window -= current[k - j];
                }

                next[k] = window / j;
            }

            current = next;
        }

        double sum = 0;
        foreach (double v in current)
        {
            sum += v;
        }

        return Math.Min(1, sum);
    }

    /// <summary>Two-sided p for a permutation with the given number of discordant pairs.</summary>
    public static double TwoSidedP(int n, long discordant)
    {
        long total = (long)n * (n - 1) / 2;
        long c = Math.Min(discordant, total - discordant);
        return Math.Min(1, 2 * Cdf(n, c));
    }
}
