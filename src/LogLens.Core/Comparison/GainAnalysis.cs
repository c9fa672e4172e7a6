using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Comparison;

/// <summary>
/// docs/methods.md: per-dataset Δ with the Welch t test, 95% CI, P(C&gt;B), BH across datasets, then wins /
/// sign test / Wilcoxon across datasets. The Wilcoxon test runs on the standardized effects (Δ over the
/// pooled SD) so a dataset on a larger scale does not outweigh the others.
/// <para>
/// Deviation from METHODS ("paired t when seeds are shared"): the same seed under different
/// hyperparameters is not a paired measurement in fine-tuning (trajectories diverge after the first
/// update), Welch stays valid (conservative when seed-matched runs correlate positively), and the paired
/// test halves the degrees of freedom at 5 seeds. In the P3 simulation (8 datasets × 5 seeds, shared seed
/// labels, independent noise) pairing cut SignFlip power from 0.47 to 0.28 and GainDoesNotGeneralize
/// power from 0.76 to 0.61.
/// </para> Shared by <see cref="AbComparison"/> and the
/// across-dataset detectors so `loglens compare` and `loglens analyze` agree.
/// </summary>
internal static class GainAnalysis
{
    private const double Level = 0.95;

    /// <summary>Compares the arms on every dataset (ordinal order); <paramref name="randomFor"/> seeds each dataset's bootstrap.</summary>
    public static (ImmutableArray<DatasetComparison> Rows, WinLossTally Summary) Run(
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
        double[] qBetter = BenjaminiHochberg.Adjust([.. rows.Select(r => OneSided(r.P, r.Delta > 0))]);
        double[] qWorse = BenjaminiHochberg.Adjust([.. rows.Select(r => OneSided(r.P, r.Delta < 0))]);
        ImmutableArray<DatasetComparison> final =
        [
            .. rows.Select(
                (r, i) => r with { Q = q[i], QBetter = qBetter[i], QWorse = qWorse[i], Outcome = Classify(r.Delta, qBetter[i], qWorse[i], thresholds) }),
        ];
        return (final, Summarize(final, thresholds.BusinessDelta));
    }

    /// <summary>One-sided p from a two-sided t p: p/2 in the observed direction, 1 − p/2 against it.</summary>
    internal static double OneSided(double twoSided, bool inDirection) => double.IsNaN(twoSided) ? double.NaN : inDirection ? twoSided / 2 : 1 - (twoSided / 2);

    /// <summary>
    /// One test per question, the same as LL603/LL604: better when the one-sided q in the candidate's favour is ≤ α and
    /// Δ ≥ the business margin, worse when the one-sided q against it is ≤ α and Δ ≤ −margin.
    /// </summary>
    internal static DatasetOutcome Classify(double delta, double qBetter, double qWorse, Thresholds t) =>
        double.IsNaN(qBetter) || double.IsNaN(qWorse) ? DatasetOutcome.Undefined
        : qBetter <= t.Alpha && delta >= t.BusinessDelta ? DatasetOutcome.Better
        : qWorse <= t.Alpha && delta <= -t.BusinessDelta ? DatasetOutcome.Worse
        : DatasetOutcome.NotSignificant;

    private static DatasetComparison Row(string dataset, ArmSample baseline, ArmSample candidate, MetricDefinition metric, int resamples, Random rng)
    {
        double[] b = [.. baseline.Values.Select(metric.Goodness)];
        double[] c = [.. candidate.Values.Select(metric.Goodness)];
        WelchResult test = b.Length >= 2 && c.Length >= 2 ? WelchT.Test(c, b, Level) : WelchResult.Undefined;
        double delta = Descriptive.Mean(c) - Descriptive.Mean(b);
        double superiority = MannWhitney.Test(c, b).ProbabilityOfSuperiority;
        Interval superiorityCi = b.Length >= 2 && c.Length >= 2 && resamples > 0
            ? Bootstrap.ProbabilityOfSuperiorityInterval(c, b, rng, resamples, Level)
            : Interval.Undefined;
        return new DatasetComparison(
            dataset, b.Length, c.Length, Descriptive.Mean(baseline.Values), Descriptive.Mean(candidate.Values),
            delta, test.DifferenceCi, delta / PooledSd(b, c), superiority, superiorityCi, test.P, double.NaN, double.NaN, double.NaN,
            DatasetOutcome.Undefined);
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

    private static WinLossTally Summarize(ImmutableArray<DatasetComparison> rows, double margin)
    {
        var deltas = rows.Select(r => r.Delta).Where(double.IsFinite).ToList();
        int wins = deltas.Count(d => d >= margin);
        int losses = deltas.Count(d => d <= -margin);
        int ties = deltas.Count - wins - losses;

        // Ties split evenly; an odd tie goes to the minority side so rounding never strengthens the evidence.
        int k = wins + (ties / 2) + (ties % 2 == 1 && wins < losses ? 1 : 0);
        double[] effects = [.. rows.Select(r => r.EffectSize).Where(double.IsFinite)];
        double wilcoxon = effects.Length >= 2 ? Wilcoxon.SignedRank(effects).P : double.NaN;
        return new WinLossTally(
            deltas.Count, wins, losses, ties, deltas.Count == 0 ? double.NaN : deltas.Average(),
            SignTest.TwoSidedP(k, deltas.Count), wilcoxon);
    }
}
