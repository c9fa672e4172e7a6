using System.Collections.Immutable;
using LogLens.Core.Findings;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL007: a metric that <c>loglens.yaml</c> configures but no run logged — usually a typo or a renamed key, which
/// would otherwise silently leave the metric's role to inference. Names the closest logged metrics.
/// </summary>
internal sealed class UnmatchedMetricsDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly UnmatchedMetricsDetector Default = new();

    private UnmatchedMetricsDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.UnmatchedConfiguredMetric];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logged = context.Runs.Metrics.Keys.ToList();
        foreach (string configured in context.Runs.Config.Metrics.Keys.Where(k => !context.Runs.Metrics.ContainsKey(k)))
        {
            var closest = logged.Select(m => (Name: m, Distance: EditDistance.Between(configured.ToLowerInvariant(), m.ToLowerInvariant())))
                .OrderBy(m => m.Distance).ThenBy(m => m.Name, StringComparer.Ordinal).Take(3).Select(m => m.Name).ToList();
            string hint = closest.Count == 0 ? "no metric was logged at all" : "closest logged: " + string.Join(", ", closest);
            yield return Finding.Create(
                FindingCatalog.UnmatchedConfiguredMetric,
                new Subject(Metric: configured),
                $"loglens.yaml configures {configured}, which no run logged ({hint}); its setting is ignored",
                Evidence.Of(("configured", configured), ("closest", string.Join(", ", closest))));
        }
    }
}
