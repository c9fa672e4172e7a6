using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Comparison;

/// <summary>
/// The engine behind <c>loglens compare &lt;paths&gt; --baseline SELECTOR --candidate SELECTOR [--metric M]</c>:
/// one A/B question answered per dataset with CIs, P(improvement), BH q, and overall with wins,
/// sign test and Wilcoxon, plus the LL603/LL604 findings.
/// </summary>
internal static class AbComparison
{
    /// <summary>The code used to derive the bootstrap generators of a comparison.</summary>
    public const string RandomCode = "compare";

    /// <summary>Compares the runs matched by <paramref name="candidate"/> with those matched by <paramref name="baseline"/>.</summary>
    /// <param name="runs">The ingested runs.</param>
    /// <param name="baseline">Selects the baseline runs.</param>
    /// <param name="candidate">Selects the candidate runs.</param>
    /// <param name="metric">The metric; null → the first business metric (ordinal).</param>
    /// <param name="options">Seed and resample counts; null → defaults.</param>
    /// <exception cref="ComparisonException">No business metric, unknown metric, a selector matching no run, overlapping selections, or no dataset observed on
    /// both sides.</exception>
    public static ComparisonResult Compare(RunSet runs, RunSelector baseline, RunSelector candidate, string? metric = null, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= AnalysisOptions.Default;
        ImmutableArray<string> baseRuns = Select(runs, baseline, "baseline");
        ImmutableArray<string> candRuns = Select(runs, candidate, "candidate");
        var overlap = baseRuns.Intersect(candRuns, StringComparer.Ordinal).ToList();
        if (overlap.Count > 0)
        {
            throw new ComparisonException(
                $"baseline '{baseline}' and candidate '{candidate}' both match {overlap.Count} run(s), e.g. {overlap[0]}: make the selectors disjoint");
        }

        // Runs with samples but no business metric are still compared, on the prompts both sides answered.
        ImmutableArray<PromptComparison> prompts = PromptPairs.Compare(runs, baseRuns, candRuns, runs.Config.Thresholds);
        // Their run-level values are each run's mean per-prompt outcome, seeds as replicates.
        bool fromSamples = metric is null && runs.MetricsWithRole(MetricRole.Business).Length == 0 && !prompts.IsEmpty;
        MetricDefinition definition = fromSamples
            ? new MetricDefinition(prompts[0].Metric, MetricRole.Business, HigherIsBetter: true, Assumed: true)
            : ResolveMetric(runs, metric);
        var arms = fromSamples ? SampleArms(runs, definition.Name, baseRuns, candRuns) : Arms(runs, definition.Name, baseRuns, candRuns);
        if (arms.Count == 0 && prompts.IsEmpty)
        {
            throw new ComparisonException($"no dataset has finite {definition.Name} values for both baseline '{baseline}' and candidate '{candidate}'");
        }

        var (rows, summary) = GainAnalysis.Run(
            arms, definition, runs.Config.Thresholds, options.Resamples,
            dataset => SeededRandom.Create(options.Seed, RandomCode, $"{definition.Name}|{candidate}|{baseline}|{dataset}"));
        var findings = GainFindings.Detect(definition.Name, candidate.ToString(), baseline.ToString(), rows, summary, runs.Config.Thresholds);
        return new ComparisonResult(definition.Name, definition.HigherIsBetter, baseline.ToString(), candidate.ToString(), baseRuns, candRuns, rows,
            summary, [.. findings])
        {
            Warnings = [.. Warnings(runs, baseline, baseRuns, "baseline"), .. Warnings(runs, candidate, candRuns, "candidate"), .. Unreplicated(rows)],
            Prompts = prompts,
        };
    }

    /// <summary>Datasets where a side has fewer than two runs: no CI, no test, only "can't tell" (the paired prompts may still answer).</summary>
    private static IEnumerable<string> Unreplicated(ImmutableArray<DatasetComparison> rows)
    {
        var thin = rows.Where(r => r.NBaseline < 2 || r.NCandidate < 2).Select(r => r.Dataset).ToList();
        if (thin.Count > 0)
        {
            yield return $"{thin.Count} of {rows.Length} datasets ({string.Join(", ", thin.Take(3))}{(thin.Count > 3 ? ", …" : string.Empty)}) have fewer "
                + $"than 2 runs on a side: a CI needs 2 or more seeds on each side";
        }
    }

    /// <summary>A selector that matches runs of several configs pools them: the comparison is then of groups, not of configs.</summary>
    private static IEnumerable<string> Warnings(RunSet runs, RunSelector selector, ImmutableArray<string> ids, string role)
    {
        var configs = ids.Select(id => runs.Keys[id].ConfigKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (configs.Count > 1)
        {
            yield return $"{role} selector '{selector}' matches {configs.Count} configs "
                + $"({string.Join("; ", configs.Take(3))}{(configs.Count > 3 ? "; …" : string.Empty)}): they are pooled; add a parameter to select one";
        }
    }

    private static MetricDefinition ResolveMetric(RunSet runs, string? metric)
    {
        if (metric is null)
        {
            return runs.MetricsWithRole(MetricRole.Business).FirstOrDefault()
                ?? throw new ComparisonException("no business metric found: pass --metric");
        }

        return runs.Metrics.TryGetValue(metric, out MetricDefinition? found)
            ? found
            : throw new ComparisonException($"metric '{metric}' not found; known: {string.Join(", ", runs.Metrics.Keys)}");
    }

    private static ImmutableArray<string> Select(RunSet runs, RunSelector selector, string role)
    {
        ImmutableArray<string> ids = [.. runs.Runs.Where(selector.Matches).Select(r => r.Id)];
        return ids.Length > 0 ? ids : throw new ComparisonException($"{role} selector '{selector}' matches no run");
    }

    private static List<(string Dataset, ArmSample Baseline, ArmSample Candidate)> Arms(
        RunSet runs, string metric, ImmutableArray<string> baseRuns, ImmutableArray<string> candRuns)
    {
        var baseSet = baseRuns.ToHashSet(StringComparer.Ordinal);
        var candSet = candRuns.ToHashSet(StringComparer.Ordinal);
        var result = new List<(string, ArmSample, ArmSample)>();
        foreach (var byDataset in runs.Observations
            .Where(o => o.Metric == metric && double.IsFinite(o.Value))
            .GroupBy(o => o.Dataset, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var b = byDataset.Where(o => baseSet.Contains(o.RunId)).OrderBy(o => o.RunId, StringComparer.Ordinal).ToList();
            var c = byDataset.Where(o => candSet.Contains(o.RunId)).OrderBy(o => o.RunId, StringComparer.Ordinal).ToList();
            if (b.Count > 0 && c.Count > 0)
            {
                result.Add(
                    (byDataset.Key, new ArmSample([.. b.Select(o => o.Value)], [.. b.Select(o => o.Seed)]),
                        new ArmSample([.. c.Select(o => o.Value)], [.. c.Select(o => o.Seed)])));
            }
        }

        return result;
    }

    /// <summary>Per dataset, each run's mean per-prompt outcome of its samples (the runs without samples on it left out).</summary>
    private static List<(string Dataset, ArmSample Baseline, ArmSample Candidate)> SampleArms(
        RunSet runs, string metric, ImmutableArray<string> baseRuns, ImmutableArray<string> candRuns)
    {
        var byId = runs.Runs.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Dictionary<string, List<(double Value, string? Seed)>> Side(ImmutableArray<string> ids) => ids.Order(StringComparer.Ordinal)
            .SelectMany(id => Detection.Slices.SliceTable.PromptOutcomes(byId[id], runs.Keys[id].Dataset)
                .Where(o => o.Metric == metric).GroupBy(o => o.Dataset, StringComparer.Ordinal)
                .Select(g => (Dataset: g.Key, Value: g.Average(o => o.Outcome), runs.Keys[id].Seed)))
            .GroupBy(x => x.Dataset, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Value, x.Seed)).ToList(), StringComparer.Ordinal);
        var b = Side(baseRuns);
        var c = Side(candRuns);
        return
        [
            .. b.Keys.Intersect(c.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(d => (d,
                new ArmSample([.. b[d].Select(x => x.Value)], [.. b[d].Select(x => x.Seed)]),
                new ArmSample([.. c[d].Select(x => x.Value)], [.. c[d].Select(x => x.Seed)]))),
        ];
    }
}
