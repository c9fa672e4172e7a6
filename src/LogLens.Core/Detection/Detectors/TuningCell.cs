using System.Collections.Immutable;

namespace LogLens.Core.Detection.Detectors;

/// <summary>One config's parameters and its per-run values (goodness) of the metric under analysis (docs/methods.md).</summary>
/// <param name="ConfigKey">The config key.</param>
/// <param name="Params">The config's parameters (seed, dataset and ignored keys removed).</param>
/// <param name="Values">One goodness value per run (seed).</param>
internal sealed record TuningCell(string ConfigKey, ImmutableSortedDictionary<string, string> Params, double[] Values)
{
    /// <summary>The cells of a metric on a dataset: config groups with their parameters, as goodness.</summary>
    public static ImmutableArray<TuningCell> Of(AnalysisContext context, Model.MetricDefinition metric, string dataset) =>
    [
        .. context.ValuesByConfig(metric.Name, dataset).Select(g => new TuningCell(
            g.ConfigKey,
            context.Runs.Keys[g.RunIds[0]].ConfigParams,
            [.. g.Values.Select(metric.Goodness)])),
    ];
}
