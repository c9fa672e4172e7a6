using System.Collections.Immutable;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// Per-parameter effects against seed noise (docs/methods.md): F_p = (SS_p/df_p)/MS_pure with pure error from replicate
/// seeds and ω²_p. The p-value is the F test when the configs form a balanced full factorial (then SS_p is orthogonal
/// to the other parameters' effects); otherwise a permutation test that permutes the level labels across configs,
/// each config keeping its seeds (conservative when other parameters have effects). ω² CIs come from a residual
/// bootstrap (config means plus pooled, df-corrected residuals), which keeps the design fixed.
/// </summary>
internal sealed class EffectDesign
{
    /// <summary>The practical margin: an effect explaining less than 1% of the variance is not an effect (docs/methods.md).</summary>
    public const double MinOmegaSquared = 0.01;

    private readonly double[] means;
    private readonly int[] sizes;
    private readonly double[] residuals;

    private EffectDesign(IReadOnlyList<EffectCell> cells, ImmutableArray<string> varying, bool factorial)
    {
        Cells = cells;
        Varying = varying;
        IsBalancedFactorial = factorial;
        sizes = [.. cells.Select(c => c.Values.Length)];
        means = [.. cells.Select(c => c.Values.Average())];
        residuals = [.. cells.Where(c => c.Values.Length >= 2).SelectMany(c =>
            c.Values.Select(v => (v - c.Values.Average()) * Math.Sqrt(c.Values.Length / (c.Values.Length - 1.0))))];
        DfPure = sizes.Sum() - cells.Count;
    }

    /// <summary>The configs.</summary>
    public IReadOnlyList<EffectCell> Cells { get; }

    /// <summary>Parameters with at least two values across the configs, ordinal.</summary>
    public ImmutableArray<string> Varying { get; }

    /// <summary>Equal seeds per config and every combination of the varying parameters present once.</summary>
    public bool IsBalancedFactorial { get; }

    /// <summary>Pure-error degrees of freedom N − G.</summary>
    public int DfPure { get; }

    /// <summary>Runs in the design.</summary>
    public int N => sizes.Sum();

    /// <summary>The design, or null with fewer than <paramref name="minCells"/> configs or fewer than 2 pure-error df.</summary>
    public static EffectDesign? Create(IReadOnlyList<EffectCell> cells, int minCells = 3)
    {
        var used = cells.Where(c => c.Values.Length > 0 && c.Values.All(double.IsFinite)).ToList();
        if (used.Count < minCells || used.Sum(c => c.Values.Length) - used.Count < 2)
        {
            return null;
        }

        ImmutableArray<string> varying = [.. used.SelectMany(c => c.Params.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(p => used.Select(c => c.Params.GetValueOrDefault(p)).Distinct(StringComparer.Ordinal).Count() >= 2)];
        long combinations = varying.Aggregate(1L, (a, p) => a * used.Select(c => c.Params.GetValueOrDefault(p)).Distinct(StringComparer.Ordinal).Count());
        bool factorial = varying.Length > 0 && combinations == used.Count
            && used.Select(c => string.Join("\u001f", varying.Select(p => c.Params.GetValueOrDefault(p)))).Distinct(StringComparer.Ordinal).Count() == used.Count
            && used.All(c => c.Values.Length == used[0].Values.Length);
        return new EffectDesign(used, varying, factorial);
    }

    /// <summary>Tests each parameter (levels per <see cref="ParameterLevels"/>) and BH-adjusts the p-values as one family.</summary>
    public ImmutableArray<ParameterEffect> TestEach(IEnumerable<string> parameters, Func<string, Random> rng, int permutations)
    {
        ParameterEffect[] effects = [.. parameters.Select(p => Test(p, ParameterLevels.Of(Cells, p), rng(p), permutations))];
        double[] q = BenjaminiHochberg.Adjust([.. effects.Select(e => e.P)]);
        return [.. effects.Select((e, i) => e with { Q = q[i] })];
    }

    /// <summary>Tests the effect of the levels in <paramref name="labels"/> (one per config).</summary>
    public ParameterEffect Test(string name, int[] labels, Random rng, int permutations)
    {
        Stats s = Stats.Of(Cells.Select(c => c.Values), sizes);
        int levels = labels.Distinct().Count();
        double ss = SumOfSquares(s.Sums, labels);
        double f = F(ss, levels, s);
        double omega = Omega(ss, levels, s);
        if (levels < 2)
        {
            return new ParameterEffect(name, levels, double.NaN, double.NaN, double.NaN, false);
        }

        bool exact = IsBalancedFactorial;
        double p = exact ? Distributions.FUpperTail(f, levels - 1, DfPure) : PermutationP(ss, labels, s.Sums, rng, permutations);
        return new ParameterEffect(name, levels, f, p, omega, exact);
    }

    /// <summary>Residual-bootstrap percentile CI of ω² for <paramref name="labels"/> at <paramref name="level"/> (two-sided).</summary>
    public Interval OmegaInterval(int[] labels, Random rng, int resamples, double level = 0.95) =>
        ResidualBootstrap(rng, resamples, level, s => Omega(SumOfSquares(s.Sums, labels), labels.Distinct().Count(), s));

    /// <summary>Residual-bootstrap percentile CI of ω²(<paramref name="a"/>) − ω²(<paramref name="b"/>).</summary>
    public Interval OmegaDifferenceInterval(int[] a, int[] b, Random rng, int resamples) =>
        ResidualBootstrap(rng, resamples, 0.95, s => Omega(SumOfSquares(s.Sums, a), a.Distinct().Count(), s) - Omega(SumOfSquares(s.Sums, b), b.Distinct().Count(), s));

    private Interval ResidualBootstrap(Random rng, int resamples, double level, Func<Stats, double> statistic)
    {
        if (residuals.Length == 0 || resamples < 1)
        {
            return Interval.Undefined;
        }

        var replicates = new List<double>(resamples);
        double[][] draw = [.. sizes.Select(n => new double[n])];
        for (int b = 0; b < resamples; b++)
        {
            for (int c = 0; c < draw.Length; c++)
            {
                for (int i = 0; i < draw[c].Length; i++)
                {
                    draw[c][i] = means[c] + residuals[rng.Next(residuals.Length)];
                }
            }

            double value = statistic(Stats.Of(draw, sizes));
            if (double.IsFinite(value))
            {
                replicates.Add(value);
            }
        }

        if (replicates.Count == 0)
        {
            return Interval.Undefined;
        }

        replicates.Sort();
        double tail = (1 - level) / 2;
        return new Interval(Descriptive.QuantileR7Sorted(replicates, tail), Descriptive.QuantileR7Sorted(replicates, 1 - tail));
    }

    private double PermutationP(double observed, int[] labels, double[] sums, Random rng, int permutations)
    {
        int[] shuffled = [.. labels];
        double tolerance = 1e-12 * Math.Max(1, Math.Abs(observed));
        int exceed = 0;
        for (int b = 0; b < permutations; b++)
        {
            rng.Shuffle(shuffled);
            exceed += SumOfSquares(sums, shuffled) >= observed - tolerance ? 1 : 0;
        }

        return Permutation.PValue(exceed, permutations);
    }

    private double SumOfSquares(double[] sums, int[] labels)
    {
        int levels = labels.Max() + 1;
        var levelSums = new double[levels];
        var levelSizes = new double[levels];
        for (int c = 0; c < labels.Length; c++)
        {
            levelSums[labels[c]] += sums[c];
            levelSizes[labels[c]] += sizes[c];
        }

        double total = sums.Sum();
        double ss = -(total * total / N);
        for (int l = 0; l < levels; l++)
        {
            ss += levelSizes[l] > 0 ? levelSums[l] * levelSums[l] / levelSizes[l] : 0;
        }

        return Math.Max(0, ss);
    }

    private double F(double ss, int levels, Stats s) => levels < 2 ? double.NaN : ss / (levels - 1) / (s.SsWithin / DfPure);

    private double Omega(double ss, int levels, Stats s)
    {
        double msPure = s.SsWithin / DfPure;
        return s.SsTotal + msPure > 0 ? (ss - ((levels - 1) * msPure)) / (s.SsTotal + msPure) : double.NaN;
    }

    /// <summary>Per-config sums and the total and within sums of squares of one data set.</summary>
    private readonly record struct Stats(double[] Sums, double SsTotal, double SsWithin)
    {
        public static Stats Of(IEnumerable<double[]> cells, int[] sizes)
        {
            double[][] all = [.. cells];
            double[] sums = [.. all.Select(c => c.Sum())];
            double grand = sums.Sum() / sizes.Sum();
            double total = 0, within = 0;
            for (int c = 0; c < all.Length; c++)
            {
                double mean = sums[c] / sizes[c];
                foreach (double v in all[c])
                {
                    total += (v - grand) * (v - grand);
                    within += (v - mean) * (v - mean);
                }
            }

            return new Stats(sums, total, within);
        }
    }
}
