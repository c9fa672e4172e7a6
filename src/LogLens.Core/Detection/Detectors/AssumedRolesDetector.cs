using System.Collections.Immutable;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>LL003: lists metric roles and directions that were inferred from names rather than configured.</summary>
public sealed class AssumedRolesDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly AssumedRolesDetector Default = new();

    private AssumedRolesDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Codes { get; } = ["LL003"];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        var assumed = context.Runs.Metrics.Values.Where(m => m.Assumed && m.Role != MetricRole.Other).ToList();
        if (assumed.Count == 0)
        {
            yield break;
        }

        string Describe(MetricDefinition m) => $"{m.Name}: {m.Role.ToString().ToLowerInvariant()}, {(m.HigherIsBetter ? "higher" : "lower")} is better";
        yield return Finding.Create(
            "LL003",
            new Subject(),
            $"Metric roles inferred from names ({assumed.Count}): {string.Join("; ", assumed.Select(Describe))}",
            Evidence.Of(
                ("proxy", string.Join(", ", assumed.Where(m => m.Role == MetricRole.Proxy).Select(m => m.Name))),
                ("business", string.Join(", ", assumed.Where(m => m.Role == MetricRole.Business).Select(m => m.Name)))));
    }
}
