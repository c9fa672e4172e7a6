namespace LogLens.Core.Model;

/// <summary>One final value of a metric for a run on a dataset: the unit every across-run analysis reads.</summary>
/// <param name="RunId">The run.</param>
/// <param name="ConfigKey">The run's config key (params minus seed, dataset and ignored keys).</param>
/// <param name="Dataset">The dataset the value was measured on.</param>
/// <param name="Metric">The metric name.</param>
/// <param name="Value">The raw value (not goodness).</param>
/// <param name="Seed">The run's seed, when logged.</param>
public sealed record Observation(string RunId, string ConfigKey, string Dataset, string Metric, double Value, string? Seed);
