using LogLens.Core.Configuration;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>Summaries of each config group's final metric values, shared by the Markdown and JSON exporters.</summary>
internal static class GroupStats
{
    /// <summary>Per group (in run-set order), a summary of every proxy and business metric observed in it, ordinal by metric.</summary>
    public static IReadOnlyList<(ConfigGroup Group, IReadOnlyList<GroupMetricStats> Metrics)> Of(RunSet runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var byGroup = runs.Observations
            .Where(o => double.IsFinite(o.Value) && runs.Metrics.TryGetValue(o.Metric, out MetricDefinition? d) && d.Role != MetricRole.Other)
            .ToLookup(o => (o.ConfigKey, o.Dataset));
        return
        [
            .. runs.Groups.Select(g => (g, (IReadOnlyList<GroupMetricStats>)
            [
                .. byGroup[(g.ConfigKey, g.Dataset)]
                    .GroupBy(o => o.Metric, StringComparer.Ordinal)
                    .OrderBy(m => m.Key, StringComparer.Ordinal)
                    .Select(m => Summarise(m.Key, [.. m.OrderBy(o => o.RunId, StringComparer.Ordinal).Select(o => o.Value)])),
            ])),
        ];
    }

    private static GroupMetricStats Summarise(string metric, double[] values) =>
        new(
            metric,
            values.Length,
            values.Length == 0 ? double.NaN : Descriptive.Mean(values),
            values.Length < 2 ? double.NaN : Descriptive.StandardDeviation(values),
            Descriptive.MeanConfidenceInterval(values));
}
