using System.Collections.Immutable;
using LogLens.Core.Configuration;

namespace LogLens.Core.Model;

/// <summary>
/// Everything ingested from the analysed paths, with metric roles resolved and runs grouped:
/// the immutable input of every detector. Build it with <see cref="Create"/>.
/// </summary>
public sealed record RunSet(
    ImmutableArray<string> Roots,
    ImmutableArray<Run> Runs,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableSortedDictionary<string, MetricDefinition> Metrics,
    ImmutableSortedDictionary<string, RunKey> Keys,
    ImmutableArray<Observation> Observations,
    ImmutableArray<ConfigGroup> Groups,
    LogLensConfig Config)
{
    /// <summary>The name used when a run does not say which dataset it was evaluated on.</summary>
    public const string DefaultDataset = "default";

    /// <summary>Datasets seen in observations, ordinal-sorted.</summary>
    public ImmutableArray<string> Datasets => [.. Observations.Select(o => o.Dataset).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Metrics with the given role, ordinal-sorted.</summary>
    public ImmutableArray<MetricDefinition> MetricsWithRole(MetricRole role) => [.. Metrics.Values.Where(m => m.Role == role)];

    /// <summary>The run with this id (binary search: <see cref="Create"/> sorts runs by id; a linear scan otherwise).</summary>
    public Run GetRun(string id)
    {
        int lo = 0;
        int hi = Runs.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int c = string.CompareOrdinal(Runs[mid].Id, id);
            if (c == 0)
            {
                return Runs[mid];
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid - 1);
        }

        return Runs.First(r => r.Id == id);
    }

    /// <summary>Resolves roles, keys, observations and groups from ingested runs.</summary>
    public static RunSet Create(IEnumerable<Run> runs, LogLensConfig config, IEnumerable<Diagnostic>? diagnostics = null, IEnumerable<string>? roots = null)
    {
        ImmutableArray<Run> sorted = [.. runs.OrderBy(r => r.Id, StringComparer.Ordinal)];
        var metrics = ResolveMetrics(sorted, config);
        var unqualified = sorted.ToImmutableSortedDictionary(r => r.Id, r => RunGrouping.KeyOf(r, config), StringComparer.Ordinal);
        var studies = Studies.Assign(sorted, unqualified, config);
        var keys = unqualified.ToImmutableSortedDictionary(
            k => k.Key, k => k.Value with { Study = studies[k.Key], Dataset = Studies.Qualify(studies[k.Key], k.Value.Dataset) }, StringComparer.Ordinal);
        var observations = RunGrouping.Observations(sorted, keys);
        var groups = RunGrouping.Groups(keys, observations);
        return new RunSet(
            [.. roots ?? []],
            sorted,
            [.. (diagnostics ?? []).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Code, StringComparer.Ordinal)],
            metrics,
            keys,
            observations,
            groups,
            config);
    }

    private static ImmutableSortedDictionary<string, MetricDefinition> ResolveMetrics(ImmutableArray<Run> runs, LogLensConfig config)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var stated = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (Run run in runs)
        {
            names.UnionWith(run.Series.Select(s => s.Name));
            names.UnionWith(run.Scores.Select(s => s.Metric));
            foreach ((string metric, bool higher) in run.Directions)
            {
                stated.TryAdd(metric, higher);
            }
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, MetricDefinition>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            MetricDefinition inferred = MetricNames.Infer(name);
            if (stated.TryGetValue(name, out bool higherIsBetter))
            {
                // A direction the tool writes (lm-eval's higher_is_better) is strong evidence that this is a task score.
                inferred = inferred with { HigherIsBetter = higherIsBetter, Role = inferred.Role == MetricRole.Other ? MetricRole.Business : inferred.Role };
            }

            builder[name] = config.Metrics.TryGetValue(name, out MetricSetting? setting)
                ? new MetricDefinition(name, setting.Role, setting.HigherIsBetter ?? inferred.HigherIsBetter, Assumed: false)
                : inferred;
        }

        return builder.ToImmutable();
    }
}
