using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Sweeps;

/// <summary>Builds the <see cref="EffectCell"/>s (one per config, one goodness value per run) that <see cref="EffectDesign"/> analyses.</summary>
internal static class SweepCells
{
    /// <summary>Final values of a metric on a dataset, as goodness.</summary>
    public static List<EffectCell> Of(AnalysisContext context, MetricDefinition metric, string dataset) =>
    [
        .. context.ValuesByConfig(metric.Name, dataset).Select(g => new EffectCell(
            g.ConfigKey, context.Runs.Keys[g.RunIds[0]].ConfigParams, [.. g.Values.Select(metric.Goodness)])),
    ];

    /// <summary>One value per run (e.g. a refusal rate), grouped by config key.</summary>
    public static List<EffectCell> Of(RunSet runs, IEnumerable<KeyValuePair<string, double>> valueByRun) =>
    [
        .. valueByRun.Where(v => double.IsFinite(v.Value))
            .GroupBy(v => runs.Keys[v.Key].ConfigKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EffectCell(g.Key, runs.Keys[g.First().Key].ConfigParams, [.. g.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value)])),
    ];
}
