using System.Collections.Immutable;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Slices;

/// <summary>
/// Where per-slice metrics come from (LL201, LL202, LL203). Two sources, both optional:
/// <list type="bullet">
/// <item><b>Samples</b> with a <c>slice</c> label: per run and dataset (the sample's, else the run's), each
/// prompt's outcome is the mean of its samples' <c>correct</c> (1/0), else of their <c>score</c>; a slice's
/// value is the mean over its prompts, the overall value the mean over all the run's prompts, and its items
/// are its prompts. The metric is named "correct" or "score".</item>
/// <item><b>Scores</b> whose dataset is named as a slice in loglens.yaml (<c>slices: {edge: [edge_cases]}</c>,
/// any kind): the slice value is that score, the overall value the run's mean of the same metric over its
/// other datasets, and the items the score's <c>n</c>.</item>
/// </list>
/// </summary>
internal static class SliceTable
{
    /// <summary>Every slice series in the run set, ordered by metric, dataset and slice.</summary>
    public static ImmutableArray<SliceSeries> Build(RunSet runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var rows = new List<(string Metric, string Dataset, string Slice, SlicePoint Point, bool Higher)>();
        foreach (Run run in runs.Runs)
        {
            RunKey key = runs.Keys[run.Id];
            rows.AddRange(FromSamples(run, key).Select(r => (r.Metric, r.Dataset, r.Slice, r.Point, true)));
            rows.AddRange(FromScores(run, key, runs)
                .Select(r => (r.Metric, r.Dataset, r.Slice, r.Point, runs.Metrics.TryGetValue(r.Metric, out var m) ? m.HigherIsBetter : true)));
        }

        return
        [
            .. rows.GroupBy(r => (r.Metric, r.Dataset, r.Slice))
                .OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Dataset, StringComparer.Ordinal)
                    .ThenBy(g => g.Key.Slice, StringComparer.Ordinal)
                .Select(
                    g => new SliceSeries(g.Key.Metric, g.Key.Dataset, g.Key.Slice, [.. g.Select(r => r.Point).OrderBy(p => p.RunId, StringComparer.Ordinal)],
                        g.First().Higher)),
        ];
    }

    /// <summary>Per-prompt outcome of a run's samples: (dataset, prompt) → (slice, mean outcome), from correct or score.</summary>
    public static IEnumerable<(string Dataset, string Prompt, string? Slice, double Outcome, string Metric)> PromptOutcomes(Run run, string runDataset)
    {
        ArgumentNullException.ThrowIfNull(run);
        bool byCorrect = run.Samples.Any(s => s.Correct is not null);
        string metric = byCorrect ? "correct" : "score";
        return run.Samples
            .Select(s => (Sample: s, Outcome: byCorrect ? (s.Correct is bool c ? (c ? 1.0 : 0.0) : double.NaN) : s.Score ?? double.NaN))
            .Where(x => double.IsFinite(x.Outcome))
            .GroupBy(x => (Dataset: x.Sample.Dataset ?? runDataset, x.Sample.PromptId))
            .Select(g => (g.Key.Dataset, g.Key.PromptId, g.Select(x => x.Sample.Slice).FirstOrDefault(s => s is not null), g.Average(x => x.Outcome), metric));
    }

    private static IEnumerable<(string Metric, string Dataset, string Slice, SlicePoint Point)> FromSamples(Run run, RunKey key)
    {
        foreach (var dataset in PromptOutcomes(run, key.Dataset).GroupBy(p => (p.Dataset, p.Metric)))
        {
            double overall = dataset.Average(p => p.Outcome);
            foreach (var slice in dataset.Where(p => p.Slice is not null).GroupBy(p => p.Slice!, StringComparer.Ordinal))
            {
                int items = slice.Count();
                yield return (dataset.Key.Metric, dataset.Key.Dataset, slice.Key,
                    new SlicePoint(run.Id, key.ConfigKey, slice.Average(p => p.Outcome), overall, items));
            }
        }
    }

    private static IEnumerable<(string Metric, string Dataset, string Slice, SlicePoint Point)> FromScores(Run run, RunKey key, RunSet runs)
    {
        var declared = runs.Config.Slices.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        if (declared.Count == 0)
        {
            yield break;
        }

        foreach (var metric in run.Scores.Where(s => double.IsFinite(s.Value)).GroupBy(s => s.Metric, StringComparer.Ordinal))
        {
            var rest = metric.Where(s => !declared.Contains(s.Dataset)).ToList();
            if (rest.Count == 0)
            {
                continue;
            }

            double overall = rest.Average(s => s.Value);
            string dataset = rest.Select(s => s.Dataset).Distinct(StringComparer.Ordinal).Count() == 1 ? rest[0].Dataset : "all";
            foreach (Score slice in metric.Where(s => declared.Contains(s.Dataset)))
            {
                yield return (metric.Key, dataset, slice.Dataset, new SlicePoint(run.Id, key.ConfigKey, slice.Value, overall, slice.N));
            }
        }
    }
}
