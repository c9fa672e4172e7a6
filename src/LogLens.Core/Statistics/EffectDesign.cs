using System.Collections.Immutable;
using System.Globalization;

namespace LogLens.Core.Statistics;

/// <summary>
/// The one engine for "does a parameter move a metric beyond seed noise" (docs/methods.md "Parameter effects"), used
/// by every detector that asks it (LL201, LL202, LL402, LL501–LL503, LL901, the slice detectors) and by the verdict.
/// For the levels of a parameter (or the joint levels of a group): SS_p between levels over runs,
/// F_p = (SS_p/df_p)/MS_pure with pure error from replicate seeds, ω²_p = (SS_p − df_p·MS_pure)/(SS_T + MS_pure), and a
/// p-value — the F upper tail when the levels are crossed with the other parameters at equal seeds per config (each
/// level sees the same set of other settings, once, so the other parameters' effects cancel out of SS_p and F is
/// exact), otherwise a permutation p that permutes the level labels across configs, each config keeping its seeds.
/// Non-finite values are missing runs; a config left with none is dropped. ω² intervals come from a residual
/// bootstrap (config means plus pooled, df-corrected residuals), which keeps the design fixed.
/// </summary>
internal sealed class EffectDesign
{
    private readonly double[] means;
    private readonly int[] sizes;
    private readonly double[] residuals;
    private readonly Stats observed;

    private EffectDesign(IReadOnlyList<EffectCell> cells, ImmutableArray<string> varying)
    {
        Cells = cells;
        Varying = varying;
        sizes = [.. cells.Select(c => c.Values.Length)];
        means = [.. cells.Select(c => c.Values.Average())];
        residuals = [.. cells.Where(c => c.Values.Length >= 2).SelectMany(c =>
            c.Values.Select(v => (v - c.Values.Average()) * Math.Sqrt(c.Values.Length / (c.Values.Length - 1.0))))];
        DfPure = sizes.Sum() - cells.Count;
        observed = Stats.Of(cells.Select(c => c.Values), sizes);
    }

    /// <summary>The configs (finite values only), in input order.</summary>
    public IReadOnlyList<EffectCell> Cells { get; }

    /// <summary>Parameters with at least two values across the configs, ordinal.</summary>
    public ImmutableArray<string> Varying { get; }

    /// <summary>Pure-error degrees of freedom N − G.</summary>
    public int DfPure { get; }

    /// <summary>Runs in the design.</summary>
    public int N => sizes.Sum();

    /// <summary>√MS_pure: the seed-to-seed SD pooled over configs.</summary>
    public double PureErrorSd => Math.Sqrt(observed.SsWithin / DfPure);

    /// <summary>The design, or null with fewer than <paramref name="minCells"/> configs or fewer than 2 pure-error df.</summary>
    public static EffectDesign? Create(IReadOnlyList<EffectCell> cells, int minCells = 3)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var used = cells.Select(c => c.Values.All(double.IsFinite) ? c : c with { Values = [.. c.Values.Where(double.IsFinite)] })
            .Where(c => c.Values.Length > 0)
            .ToList();
        if (used.Count < minCells || used.Sum(c => c.Values.Length) - used.Count < 2)
        {
            return null;
        }

        ImmutableArray<string> varying = [.. used.SelectMany(c => c.Params.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(p => used.Select(c => c.Params.GetValueOrDefault(p)).Distinct(StringComparer.Ordinal).Count() >= 2)];
        return new EffectDesign(used, varying);
    }

    /// <summary>Every varying parameter's effect, BH-adjusted as one family; null when no parameter varies.</summary>
    public EffectAnalysis? AnalyzeAll(Func<string, Random> rng, int permutations) =>
        Varying.IsEmpty ? null : new EffectAnalysis(TestEach(Varying, rng, permutations), PureErrorSd, DfPure, Cells.Count, N);

    /// <summary>Tests each parameter and BH-adjusts the p-values as one family; <paramref name="rng"/> gives each parameter its own stream.</summary>
    public ImmutableArray<ParameterEffect> TestEach(IEnumerable<string> parameters, Func<string, Random> rng, int permutations)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ParameterEffect[] effects = [.. parameters.Select(p => Test(p, rng(p), permutations))];
        double[] q = BenjaminiHochberg.Adjust([.. effects.Select(e => e.P)]);
        return [.. effects.Select((e, i) => e with { Q = q[i] })];
    }

    /// <summary>Tests one parameter (levels per <see cref="ParameterLevels"/>).</summary>
    public ParameterEffect Test(string parameter, Random rng, int permutations) => Test(parameter, [parameter], rng, permutations);

    /// <summary>Tests the joint levels of <paramref name="parameters"/> (one level per distinct combination), named <paramref name="name"/>.</summary>
    public ParameterEffect Test(string name, IReadOnlyList<string> parameters, Random rng, int permutations)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ParameterLevels levels = LevelsOf(parameters);
        int[] labels = levels.OfCell;
        int k = levels.Labels.Length;
        double ss = SumOfSquares(observed.Sums, labels);
        double f = F(ss, k, observed);
        double omega = Omega(ss, k, observed);
        bool exact = !levels.Binned && IsCrossed(parameters, labels);
        double p = k < 2 ? double.NaN
            : exact || permutations < 1 ? Distributions.FUpperTail(f, k - 1, DfPure)
            : PermutationP(ss, labels, observed.Sums, rng, permutations);
        var levelSums = new double[k];
        var levelRuns = new int[k];
        for (int c = 0; c < labels.Length; c++)
        {
            levelSums[labels[c]] += observed.Sums[c];
            levelRuns[labels[c]] += sizes[c];
        }

        ImmutableArray<double> levelMeans = [.. levelSums.Select((sum, l) => sum / levelRuns[l])];
        return new ParameterEffect(name, [.. parameters], levels.Labels, levelMeans, [.. levelRuns], f, k - 1, p,
            double.IsFinite(omega) ? omega : double.NaN, exact)
        {
            ConfigLevels = Cells.Select((c, i) => (c.ConfigKey, labels[i])).ToImmutableSortedDictionary(x => x.ConfigKey, x => x.Item2, StringComparer.Ordinal),
        };
    }

    /// <summary>Residual-bootstrap percentile CI of ω² of <paramref name="effect"/>'s levels at <paramref name="level"/> (two-sided).</summary>
    public Interval OmegaInterval(ParameterEffect effect, Random rng, int resamples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(effect);
        int[] labels = LevelsOf(effect.Parameters).OfCell;
        int k = labels.Distinct().Count();
        return ResidualBootstrap(rng, resamples, level, s => Omega(SumOfSquares(s.Sums, labels), k, s));
    }

    /// <summary>Residual-bootstrap percentile 95% CI of ω²(<paramref name="a"/>) − ω²(<paramref name="b"/>).</summary>
    public Interval OmegaDifferenceInterval(ParameterEffect a, ParameterEffect b, Random rng, int resamples)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int[] la = LevelsOf(a.Parameters).OfCell, lb = LevelsOf(b.Parameters).OfCell;
        int ka = la.Distinct().Count(), kb = lb.Distinct().Count();
        return ResidualBootstrap(rng, resamples, 0.95, s => Omega(SumOfSquares(s.Sums, la), ka, s) - Omega(SumOfSquares(s.Sums, lb), kb, s));
    }

    /// <summary>The levels of one parameter, or the joint levels of several (labels "a=x, b=y").</summary>
    private ParameterLevels LevelsOf(IReadOnlyList<string> parameters)
    {
        if (parameters.Count == 1)
        {
            return ParameterLevels.Of([.. Cells.Select(c => c.Params.GetValueOrDefault(parameters[0]))]);
        }

        ParameterLevels[] each = [.. parameters.Select(p => ParameterLevels.Of([.. Cells.Select(c => c.Params.GetValueOrDefault(p))]))];
        string[] keys = [.. Enumerable.Range(0, Cells.Count)
            .Select(i => string.Join(",", each.Select(l => l.OfCell[i].ToString(CultureInfo.InvariantCulture))))];
        string[] distinct = [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        int[] ofCell = [.. keys.Select(k => Array.IndexOf(distinct, k))];
        ImmutableArray<string> labels = [.. distinct.Select(k => Array.IndexOf(keys, k)).Select(i =>
            string.Join(", ", parameters.Select((p, j) => p + "=" + each[j].Labels[each[j].OfCell[i]])))];
        return new ParameterLevels(ofCell, labels, each.Any(l => l.Binned));
    }

    /// <summary>Equal seeds per config and every level paired with the same set of settings of the other parameters, each once.</summary>
    private bool IsCrossed(IReadOnlyList<string> parameters, int[] labels)
    {
        if (sizes.Distinct().Count() != 1)
        {
            return false;
        }

        string[] others = [.. Cells.Select(c => string.Join('\u001f', c.Params.Where(p => !parameters.Contains(p.Key)).Select(p => p.Key + "=" + p.Value)))];
        var perLevel = Enumerable.Range(0, labels.Max() + 1)
            .Select(l => others.Where((_, i) => labels[i] == l).Order(StringComparer.Ordinal).ToList())
            .ToList();
        return perLevel.All(l => l.Count == l.Distinct(StringComparer.Ordinal).Count() && l.SequenceEqual(perLevel[0], StringComparer.Ordinal));
    }

    private Interval ResidualBootstrap(Random rng, int resamples, double level, Func<Stats, double> statistic)
    {
        ArgumentNullException.ThrowIfNull(rng);
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

    private double PermutationP(double ss, int[] labels, double[] sums, Random rng, int permutations)
    {
        int[] shuffled = [.. labels];
        double tolerance = 1e-12 * Math.Max(1, Math.Abs(ss));
        int exceed = 0;
        for (int b = 0; b < permutations; b++)
        {
            rng.Shuffle(shuffled);
            exceed += SumOfSquares(sums, shuffled) >= ss - tolerance ? 1 : 0;
        }

        return Permutation.PValue(exceed, permutations);
    }

    /// <summary>SS_p = Σ_l S_l²/n_l − S²/N over runs.</summary>
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

    /// <summary>F = (SS_p/df_p)/MS_pure; +∞ when there is an effect and no seed noise at all, NaN with nothing to compare.</summary>
    private double F(double ss, int levels, Stats s)
    {
        double msPure = s.SsWithin / DfPure;
        return levels < 2 ? double.NaN : msPure > 0 ? ss / (levels - 1) / msPure : ss > 0 ? double.PositiveInfinity : double.NaN;
    }

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
