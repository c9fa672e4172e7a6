using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Comparison;

/// <summary>
/// METHODS P3: per-dataset Δ (paired t on shared seeds, else Welch), 95% CI, P(C&gt;B), BH across
/// datasets, then wins / sign test / Wilcoxon across datasets. Shared by <see cref="Comparer"/> and the
/// across-dataset detectors so `loglens compare` and `loglens analyze` agree.
/// </summary>
internal static class GainAnalysis
{
    private const double Level = 0.95;

    /// <summary>Compares the arms on every dataset (ordinal order); <paramref name="randomFor"/> seeds each dataset's bootstrap.</summary>
    public static (ImmutableArray<DatasetComparison> Rows, ComparisonSummary Summary) Run(
        IReadOnlyList<(string Dataset, ArmSample Baseline, ArmSample Candidate)> arms,
        MetricDefinition metric,
        Thresholds thresholds,
        int resamples,
        Func<string, Random> randomFor)
    {
        var rows = arms.OrderBy(a => a.Dataset, StringComparer.Ordinal)
            .Select(a => Row(a.Dataset, a.Baseline, a.Candidate, metric, resamples, randomFor(a.Dataset)))
            .ToList();
        double[] q = BenjaminiHochberg.Adjust([.. rows.Select(r => r.P)]);
        ImmutableArray<DatasetComparison> final = [.. rows.Select((r, i) => r with { Q = q[i], Outcome = Classify(r.Delta, q[i], thresholds) })];
        return (final, Summarize(final, thresholds.BusinessDelta));
    }

    private static DatasetOutcome Classify(double delta, double q, Thresholds t) =>
        double.IsNaN(q) ? DatasetOutcome.Undefined
        : q <= t.Alpha && delta >= t.BusinessDelta ? DatasetOutcome.Better
        : q <= t.Alpha && delta <= -t.BusinessDelta ? DatasetOutcome.Worse
        : DatasetOutcome.NotSignificant;

    private static DatasetComparison Row(string dataset, ArmSample baseline, ArmSample candidate, MetricDefinition metric, int resamples, Random rng)
    {
        double[] b = [.. baseline.Values.Select(metric.Goodness)];
        double[] c = [.. candidate.Values.Select(metric.Goodness)];
        double[]? differences = PairedDifferences(baseline, candidate, metric);
        WelchResult test = differences is not null ? PairedT.Test(differences, Level)
            : b.Length >= 2 && c.Length >= 2 ? WelchT.Test(c, b, Level)
            : WelchResult.Undefined;
        double delta = differences is not null ? Descriptive.Mean(differences) : Descriptive.Mean(c) - Descriptive.Mean(b);
        double superiority = MannWhitney.Test(c, b).ProbabilityOfSuperiority;
        Interval superiorityCi = b.Length >= 2 && c.Length >= 2 && resamples > 0
            ? Bootstrap.ProbabilityOfSuperiorityInterval(c, b, rng, resamples, Level)
            : Interval.Undefined;
        return new DatasetComparison(
            dataset, b.Length, c.Length, Descriptive.Mean(baseline.Values), Descriptive.Mean(candidate.Values),
            delta, test.DifferenceCi, delta / PooledSd(b, c), superiority, superiorityCi, test.P, double.NaN,
            differences is not null, DatasetOutcome.Undefined);
    }

    /// <summary>Seed-aligned differences when both sides have the same set of distinct seeds (≥ 2), else null.</summary>
    private static double[]? PairedDifferences(ArmSample baseline, ArmSample candidate, MetricDefinition metric)
    {
        static Dictionary<string, double>? BySeed(ArmSample arm)
        {
            if (arm.Seeds.Any(s => s is null) || arm.Seeds.Distinct(StringComparer.Ordinal).Count() != arm.Seeds.Length)
            {
                return null;
            }

            return arm.Seeds.Select((s, i) => (s!, arm.Values[i])).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        }

        var b = BySeed(baseline);
        var c = BySeed(candidate);
        if (b is null || c is null || b.Count < 2 || b.Count != c.Count || !b.Keys.All(c.ContainsKey))
        {
            return null;
        }

        return [.. b.Keys.Order(StringComparer.Ordinal).Select(s => metric.Goodness(c[s]) - metric.Goodness(b[s]))];
    }

    private static double PooledSd(double[] b, double[] c)
    {
        int df = b.Length + c.Length - 2;
        if (b.Length < 2 || c.Length < 2 || df <= 0)
        {
            return double.NaN;
        }

        double pooled = (((b.Length - 1) * Descriptive.Variance(b)) + ((c.Length - 1) * Descriptive.Variance(c))) / df;
        return Math.Sqrt(pooled);
    }

    private static ComparisonSummary Summarize(ImmutableArray<DatasetComparison> rows, double margin)
    {
        var deltas = rows.Select(r => r.Delta).Where(double.IsFinite).ToList();
        int wins = deltas.Count(d => d >= margin);
        int losses = deltas.Count(d => d <= -margin);
        int ties = deltas.Count - wins - losses;

        // Ties split evenly; an odd tie goes to the minority side so rounding never strengthens the evidence.
        int k = wins + (ties / 2) + (ties % 2 == 1 && wins < losses ? 1 : 0);
        double[] effects = [.. rows.Select(r => r.EffectSize).Where(double.IsFinite)];
        double wilcoxon = effects.Length >= 2 ? Wilcoxon.SignedRank(effects).P : double.NaN;
        return new ComparisonSummary(
            deltas.Count, wins, losses, ties, deltas.Count == 0 ? double.NaN : deltas.Average(),
            SignTest.TwoSidedP(k, deltas.Count), wilcoxon);
    }
}
