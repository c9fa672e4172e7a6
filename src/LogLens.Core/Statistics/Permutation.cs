namespace LogLens.Core.Statistics;

/// <summary>Permutation tests (docs/methods.md: p = (1 + #{T* ≥ T})/(1 + B)).</summary>
internal static class Permutation
{
    /// <summary>
    /// The add-one permutation p-value (1 + exceed)/(1 + permutations), never zero.
    /// </summary>
    /// <param name="exceed">Number of permuted statistics ≥ the observed one.</param>
    /// <param name="permutations">Number of permutations B.</param>
    /// <returns>The p-value; NaN for B &lt; 1.</returns>
    public static double PValue(int exceed, int permutations) =>
        permutations < 1 ? double.NaN : (1.0 + exceed) / (1.0 + permutations);

    /// <summary>
    /// Max-statistic test for "the best group beats the rest" (docs/methods.md WinnerWithinNoise):
    /// T = max_g ȳ_g − ȳ. Run→group labels are permuted keeping the group sizes; ties with the
    /// observed T (up to rounding) count as exceeding.
    /// </summary>
    /// <param name="groups">Groups of values; empty groups are ignored.</param>
    /// <param name="rng">Seeded generator.</param>
    /// <param name="permutations">Number of permutations B.</param>
    /// <returns>The p-value; NaN with fewer than two non-empty groups.</returns>
    public static double MaxStatisticP(IReadOnlyList<double[]> groups, Random rng, int permutations = 10000)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(rng);
        int[] sizes = groups.Where(g => g is { Length: > 0 }).Select(g => g.Length).ToArray();
        if (sizes.Length < 2 || permutations < 1)
        {
            return double.NaN;
        }

        double[] pooled = groups.Where(g => g is { Length: > 0 }).SelectMany(g => g).ToArray();
        // The grand mean is permutation-invariant, so comparing max group means is equivalent to T.
        double observed = MaxGroupMean(pooled, sizes);
        double tolerance = 1e-12 * Math.Max(1, pooled.Max(Math.Abs));
        int exceed = 0;
        for (int b = 0; b < permutations; b++)
        {
            rng.Shuffle(pooled);
            exceed += MaxGroupMean(pooled, sizes) >= observed - tolerance ? 1 : 0;
        }

        return PValue(exceed, permutations);
    }

    private static double MaxGroupMean(double[] pooled, int[] sizes)
    {
        double best = double.NegativeInfinity;
        int start = 0;
        foreach (int size in sizes)
        {
            double sum = 0;
            for (int i = start; i < start + size; i++)
            {
                sum += pooled[i];
            }

            best = Math.Max(best, sum / size);
            start += size;
        }

        return best;
    }
}
