using System.Collections.Immutable;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// docs/methods.md per-parameter sensitivity, shared by LL201, LL202 and LL901: for each parameter that varies
/// across configs, the main-effect sum of squares over runs, F_p = (SS_p/df_p)/MS_pure_error with pure
/// error from replicate seeds, ω²_p, and a p-value — the F upper tail when the parameter is fully crossed
/// with the other parameters at equal seeds per config (then other parameters' effects cancel out of SS_p
/// and F is exact), otherwise a permutation p (levels permuted across configs, each config's seeds kept
/// together). Saturation is never decided from normalised importances, which always sum to 1.
/// </summary>
internal static class TuningEffects
{
    /// <summary>Smallest ω² that counts as a parameter effect (docs/methods.md).</summary>
    public const double MinOmegaSquared = 0.01;

    /// <summary>The analysis, or null with fewer than 3 configs, pure-error df &lt; 2 or no varying parameter.</summary>
    public static TuningAnalysis? Analyze(IReadOnlyList<TuningCell> cells, Random rng, int permutations)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var used = cells.Where(c => c.Values.Length > 0).ToList();
        int df = used.Sum(c => c.Values.Length - 1);
        if (used.Count < 3 || df < 2)
        {
            return null;
        }

        double msPe = used.Sum(c => SumSquares(c.Values)) / df;
        var parameters = used.SelectMany(c => c.Params.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(k => used.Select(c => c.Params.GetValueOrDefault(k)).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();
        if (parameters.Count == 0)
        {
            return null;
        }

        double[] sums = [.. used.Select(c => c.Values.Sum())];
        int[] counts = [.. used.Select(c => c.Values.Length)];
        double ssTotal = SumSquares([.. used.SelectMany(c => c.Values)]);
        var effects = parameters.Select(p => Effect(p, used, sums, counts, msPe, df, ssTotal, rng, permutations)).ToList();
        double[] q = BenjaminiHochberg.Adjust([.. effects.Select(e => e.P)]);
        return new TuningAnalysis([.. effects.Select((e, i) => e with { Q = q[i] })], Math.Sqrt(msPe), df, used.Count, counts.Sum());
    }

    /// <summary>A p- or q-value for messages: "&lt; 0.0001" instead of a rounded 0.</summary>
    public static string P(double p) =>
        p < 1e-4 ? "< 0.0001" : p.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Dodge et al.'s expected maximum of n draws from the empirical distribution of <paramref name="values"/>.</summary>
    public static double ExpectedMax(IReadOnlyList<double> values, int n)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] v = [.. values.Order()];
        double total = 0;
        for (int i = 1; i <= v.Length; i++)
        {
            total += v[i - 1] * (Math.Pow((double)i / v.Length, n) - Math.Pow((double)(i - 1) / v.Length, n));
        }

        return total;
    }

    private static TuningEffect Effect(string parameter, List<TuningCell> cells, double[] sums, int[] counts, double msPe, int dfPe, double ssTotal, Random rng, int permutations)
    {
        ParameterLevels levels = ParameterLevels.Of([.. cells.Select(c => c.Params.GetValueOrDefault(parameter))]);
        int k = levels.Labels.Length;
        double ss = Ss(levels.OfCell, k, sums, counts);
        double f = msPe > 0 ? ss / (k - 1) / msPe : double.NaN;
        bool crossed = !levels.Binned && IsCrossed(parameter, cells, levels.OfCell, counts);
        double p = crossed || permutations < 1 ? Distributions.FUpperTail(f, k - 1, dfPe) : PermutationP(levels.OfCell, k, sums, counts, ss, rng, permutations);
        double omega = (ss - ((k - 1) * msPe)) / (ssTotal + msPe);
        var means = Enumerable.Range(0, k).Select(l => LevelSum(levels.OfCell, l, sums) / LevelSum(levels.OfCell, l, counts)).ToImmutableArray();
        var runs = Enumerable.Range(0, k).Select(l => (int)LevelSum(levels.OfCell, l, counts)).ToImmutableArray();
        return new TuningEffect(parameter, levels.Labels, means, runs, f, k - 1, p, double.IsFinite(omega) ? omega : double.NaN, !crossed && permutations >= 1)
        {
            ConfigLevels = cells.Select((c, i) => (c.ConfigKey, levels.OfCell[i])).ToImmutableSortedDictionary(x => x.ConfigKey, x => x.Item2, StringComparer.Ordinal),
        };
    }

    /// <summary>SS_p = Σ_l S_l²/n_l − S²/N over runs.</summary>
    private static double Ss(int[] levelOf, int k, double[] sums, int[] counts)
    {
        var s = new double[k];
        var n = new double[k];
        for (int c = 0; c < levelOf.Length; c++)
        {
            s[levelOf[c]] += sums[c];
            n[levelOf[c]] += counts[c];
        }

        double total = s.Sum(), runs = n.Sum(), between = 0;
        for (int l = 0; l < k; l++)
        {
            between += n[l] > 0 ? s[l] * s[l] / n[l] : 0;
        }

        return Math.Max(0, between - (total * total / runs));
    }

    private static double PermutationP(int[] levelOf, int k, double[] sums, int[] counts, double observed, Random rng, int permutations)
    {
        int[] shuffled = [.. levelOf];
        double tolerance = 1e-12 * Math.Max(1, Math.Abs(observed));
        int exceed = 0;
        for (int b = 0; b < permutations; b++)
        {
            rng.Shuffle(shuffled);
            exceed += Ss(shuffled, k, sums, counts) >= observed - tolerance ? 1 : 0;
        }

        return Permutation.PValue(exceed, permutations);
    }

    /// <summary>Equal seeds per config and every level paired with the same set of other-parameter settings.</summary>
    private static bool IsCrossed(string parameter, List<TuningCell> cells, int[] levelOf, int[] counts)
    {
        if (counts.Distinct().Count() != 1)
        {
            return false;
        }

        var others = cells.Select(c => string.Join('\u001f', c.Params.Where(p => p.Key != parameter).Select(p => p.Key + "=" + p.Value))).ToList();
        var perLevel = Enumerable.Range(0, levelOf.Max() + 1)
            .Select(l => others.Where((_, i) => levelOf[i] == l).Order(StringComparer.Ordinal).ToList())
            .ToList();
        return perLevel.All(l => l.Count == l.Distinct(StringComparer.Ordinal).Count() && l.SequenceEqual(perLevel[0], StringComparer.Ordinal));
    }

    private static double LevelSum<T>(int[] levelOf, int level, T[] values)
        where T : struct, IConvertible
    {
        double total = 0;
        for (int c = 0; c < levelOf.Length; c++)
        {
            total += levelOf[c] == level ? Convert.ToDouble(values[c], System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        return total;
    }

    private static double SumSquares(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        double mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean));
    }
}
