namespace LogLens.Core.Statistics;

/// <summary>Kendall's W: agreement of m raters (datasets) ranking K items (configs), docs/methods.md.</summary>
internal static class KendallW
{
    /// <summary>Below this many raters a permutation p replaces the χ² approximation.</summary>
    public const int MinRatersForChiSquare = 7;

    /// <summary>Below this many items a permutation p replaces the χ² approximation.</summary>
    public const int MinItemsForChiSquare = 5;

    /// <summary>
    /// Ranks each row (average ranks for ties; higher score = higher rank, and W does not depend on
    /// the direction), then W = 12S/(m²(K³ − K) − mΣ(t³ − t)), χ² = m(K − 1)W with K − 1 df. When
    /// m &lt; 7 or K &lt; 5 and <paramref name="rng"/> is given, p is the within-row permutation
    /// p = (1 + #{W* ≥ W})/(1 + B).
    /// </summary>
    /// <param name="scores">Rows = raters, columns = items; all rows the same length.</param>
    /// <param name="rng">Generator for the permutation test; null to use χ² only.</param>
    /// <param name="permutations">Number of permutations B.</param>
    /// <returns>The result; undefined for m &lt; 2, K &lt; 2 or when every row is constant.</returns>
    public static KendallWResult Compute(double[][] scores, Random? rng = null, int permutations = 2000)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int m = scores.Length;
        int k = m == 0 ? 0 : scores[0].Length;
        if (scores.Any(row => row is null || row.Length != k))
        {
            throw new ArgumentException("All rows must be non-null and have the same length.", nameof(scores));
        }

        if (m < 2 || k < 2)
        {
            return KendallWResult.Undefined;
        }

        double[][] ranks = scores.Select(row => Ranks.Average(row)).ToArray();
        double ties = ranks.Sum(row => Ranks.TieCubeSum(row));
        double denominator = (m * (double)m * (((double)k * k * k) - k)) - (m * ties);
        if (!(denominator > 0))
        {
            return KendallWResult.Undefined;
        }

        double w = 12 * SumOfSquaredDeviations(ranks, k) / denominator;
        double chi = m * (k - 1) * w;
        if (rng is null || (m >= MinRatersForChiSquare && k >= MinItemsForChiSquare))
        {
            return new KendallWResult(w, chi, Distributions.ChiSquareUpperTail(chi, k - 1), false);
        }

        double observed = SumOfSquaredDeviations(ranks, k);
        double tolerance = 1e-9 * Math.Max(1, observed);
        int exceed = 0;
        for (int b = 0; b < permutations; b++)
        {
            foreach (double[] row in ranks)
            {
                rng.Shuffle(row);
            }

            exceed += SumOfSquaredDeviations(ranks, k) >= observed - tolerance ? 1 : 0;
        }

        return new KendallWResult(w, chi, Permutation.PValue(exceed, permutations), true);
    }

    /// <summary>S = Σ_j (R_j − m(K + 1)/2)² over column rank sums R_j.</summary>
    private static double SumOfSquaredDeviations(double[][] ranks, int k)
    {
        double expected = ranks.Length * (k + 1) / 2.0;
        double s = 0;
        for (int j = 0; j < k; j++)
        {
            double column = 0;
            foreach (double[] row in ranks)
            {
                column += row[j];
            }

            s += (column - expected) * (column - expected);
        }

        return s;
    }
}
