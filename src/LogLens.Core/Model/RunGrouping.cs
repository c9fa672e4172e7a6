using System.Collections.Immutable;
using LogLens.Core.Configuration;

namespace LogLens.Core.Model;

/// <summary>Config keys, observations and groups: how runs become replicates of a config.</summary>
internal static class RunGrouping
{
    /// <summary>The config key of a run without logged parameters starts with this, followed by the run id.</summary>
    public const string NoParamsPrefix = "(no params) ";

    public static RunKey KeyOf(Run run, LogLensConfig config)
    {
        string? seed = null;
        string? dataset = null;
        var configParams = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach ((string key, string value) in run.Params)
        {
            if (LogLensConfig.Matches(key, config.SeedKeys))
            {
                seed ??= value;
            }
            else if (LogLensConfig.Matches(key, config.DatasetKeys))
            {
                dataset ??= value;
            }
            else if (!LogLensConfig.Matches(key, config.IgnoreKeys))
            {
                configParams[key] = value;
            }
        }

        // Runs are replicates of one config only with evidence: equal logged parameters (a seed key aside). A run that
        // logged no parameter at all is a config of its own, so unidentified runs are never pooled as seeds (LL006).
        var parameters = configParams.ToImmutable();
        string configKey = run.Params.Count == 0 ? NoParamsPrefix + run.Id
            : parameters.Count == 0 ? "(no params)"
            : string.Join(",", parameters.Select(p => p.Key + "=" + p.Value));
        return new RunKey(configKey, parameters, dataset ?? RunSet.DefaultDataset, seed);
    }

    public static ImmutableArray<Observation> Observations(ImmutableArray<Run> runs, ImmutableSortedDictionary<string, RunKey> keys)
    {
        var result = ImmutableArray.CreateBuilder<Observation>();
        foreach (Run run in runs)
        {
            RunKey key = keys[run.Id];
            var fromScores = new HashSet<string>(StringComparer.Ordinal);
            foreach (Score score in run.Scores)
            {
                // A score that names no dataset was measured on the run's own dataset (its dataset parameter).
                string dataset = score.Dataset == RunSet.DefaultDataset ? key.Dataset : Studies.Qualify(key.Study, score.Dataset);
                result.Add(new Observation(run.Id, key.ConfigKey, dataset, score.Metric, score.Value, key.Seed));
                fromScores.Add(score.Metric);
            }

            foreach (MetricSeries series in run.Series)
            {
                double last = series.LastFinite;
                if (!fromScores.Contains(series.Name) && !double.IsNaN(last))
                {
                    result.Add(new Observation(run.Id, key.ConfigKey, key.Dataset, series.Name, last, key.Seed));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Groups by (config, dataset); a run evaluated on several datasets belongs to one group per dataset.</summary>
    public static ImmutableArray<ConfigGroup> Groups(ImmutableSortedDictionary<string, RunKey> keys, ImmutableArray<Observation> observations)
    {
        var observed = observations.Select(o => (Key: o.RunId, o.Dataset)).Distinct().ToList();
        var withObservations = observed.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var members = observed.Concat(keys.Where(k => !withObservations.Contains(k.Key)).Select(k => (k.Key, k.Value.Dataset)));
        return
        [
            .. members
                .GroupBy(m => (keys[m.Key].ConfigKey, m.Dataset))
                .Select(g => new ConfigGroup(
                    g.Key.ConfigKey,
                    keys[g.First().Key].ConfigParams,
                    g.Key.Dataset,
                    [.. g.Select(m => m.Key).Distinct().Order(StringComparer.Ordinal)]))
                .OrderBy(g => g.Dataset, StringComparer.Ordinal)
                .ThenBy(g => g.ConfigKey, StringComparer.Ordinal),
        ];
    }
}
