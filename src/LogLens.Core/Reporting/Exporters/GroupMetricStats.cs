using LogLens.Core.Statistics;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>One metric's final values in one config group: n, mean, sd and the 95% t-CI of the mean.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="N">Runs with a finite value.</param>
/// <param name="Mean">Mean (NaN when n = 0).</param>
/// <param name="Sd">Sample standard deviation (NaN when n &lt; 2).</param>
/// <param name="Ci95">95% t-interval of the mean (undefined when n &lt; 2).</param>
internal sealed record GroupMetricStats(string Metric, int N, double Mean, double Sd, Interval Ci95);
