using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Slices;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Comparison;

/// <summary>
/// Repeated samples and per-prompt outcomes are paired data (docs/methods.md, "Seed noise"): both sides answered the
/// same prompts, so they are compared prompt by prompt. A prompt's outcome on a side is the mean over that side's
/// runs of the run's per-prompt outcome (<see cref="SliceTable.PromptOutcomes"/>: the share of correct samples, else
/// the mean score); the paired t test on the differences has prompts as its units — the cluster-robust standard
/// error with one cluster per prompt. Datasets are BH-corrected one-sided and classified by the rule the run-level
/// comparison uses (<see cref="GainAnalysis.Classify"/>).
/// </summary>
internal static class PromptPairs
{
    /// <summary>Fewer shared prompts than this give no test.</summary>
    public const int MinPrompts = 2;

    /// <summary>One row per dataset and outcome metric with shared prompts, ordinal by dataset.</summary>
    public static ImmutableArray<PromptComparison> Compare(RunSet runs, ImmutableArray<string> baselineRuns, ImmutableArray<string> candidateRuns,
        Thresholds thresholds)
    {
        var baseline = Outcomes(runs, baselineRuns);
        var candidate = Outcomes(runs, candidateRuns);
        var rows = new List<PromptComparison>();
        foreach (var key in baseline.Keys.Intersect(candidate.Keys).OrderBy(k => k.Dataset, StringComparer.Ordinal)
            .ThenBy(k => k.Metric, StringComparer.Ordinal))
        {
            Dictionary<string, double> b = baseline[key], c = candidate[key];
            string[] shared = [.. b.Keys.Intersect(c.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            if (shared.Length < MinPrompts)
            {
                continue;
            }

            double[] differences = [.. shared.Select(p => c[p] - b[p])];
            // Identical outcomes on every prompt: no difference, and nothing for a t test to scale.
            WelchResult test = differences.All(d => d == 0) ? new WelchResult(0, shared.Length - 1, 1, 0, new Interval(0, 0)) : PairedT.Test(differences);
            rows.Add(new PromptComparison(
                key.Dataset, key.Metric, shared.Length, shared.Average(p => b[p]), shared.Average(p => c[p]),
                Descriptive.Mean(differences), test.DifferenceCi, test.P, double.NaN, double.NaN, DatasetOutcome.Undefined));
        }

        double[] qBetter = BenjaminiHochberg.Adjust([.. rows.Select(r => GainAnalysis.OneSided(r.P, r.Delta > 0))]);
        double[] qWorse = BenjaminiHochberg.Adjust([.. rows.Select(r => GainAnalysis.OneSided(r.P, r.Delta < 0))]);
        return [.. rows.Select(
            (r, i) => r with { QBetter = qBetter[i], QWorse = qWorse[i], Outcome = GainAnalysis.Classify(r.Delta, qBetter[i], qWorse[i], thresholds) })];
    }

    /// <summary>(dataset, metric) → prompt → mean over the side's runs of the run's per-prompt outcome.</summary>
    private static Dictionary<(string Dataset, string Metric), Dictionary<string, double>> Outcomes(RunSet runs, ImmutableArray<string> ids)
    {
        var byId = runs.Runs.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return ids.Select(id => byId[id])
            .SelectMany(run => SliceTable.PromptOutcomes(run, runs.Keys[run.Id].Dataset))
            .GroupBy(o => (o.Dataset, o.Metric))
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(o => o.Prompt, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Average(o => o.Outcome), StringComparer.Ordinal));
    }
}
