using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>LL003: lists metric roles and directions that were inferred from names rather than configured.</summary>
internal sealed class AssumedRolesDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly AssumedRolesDetector Default = new();

    private AssumedRolesDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.AssumedMetricRoles];

    /// <summary>Name parts of series that are bookkeeping, never offered as the example of a metric to judge.</summary>
    private static readonly string[] Bookkeeping =
        ["epoch", "step", "lr", "learning_rate", "runtime", "time", "per_second", "flos", "norm", "memory", "tokens", "throughput", "vram", "_std", "stderr"];

    /// <summary>True for a counter, schedule or resource gauge (epoch, lr, runtime, norms).</summary>
    private static bool IsBookkeeping(MetricDefinition metric) => Bookkeeping.Any(b => metric.Name.Contains(b, StringComparison.OrdinalIgnoreCase));

    /// <summary>Names listed in the message per role; the evidence lists them all.</summary>
    public const int Listed = 8;

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var assumed = context.Runs.Metrics.Values.Where(m => m.Assumed).ToList();
        if (assumed.Count == 0)
        {
            yield break;
        }

        var judged = assumed.Where(m => m.Role != MetricRole.Other).ToList();
        var other = assumed.Where(m => m.Role == MetricRole.Other).ToList();
        if (judged.Count == 0 && other.All(IsBookkeeping))
        {
            yield break; // only counters and schedules (epoch, lr) were left unconfigured: nothing was assumed that matters
        }

        static string Describe(MetricDefinition m) => $"{m.Name}: {m.Role.ToString().ToLowerInvariant()}, {(m.HigherIsBetter ? "higher" : "lower")} is better";
        static string List(IEnumerable<string> names, int count) =>
            string.Join("; ", names.Take(Listed)) + (count > Listed ? $"; … ({count - Listed} more)" : string.Empty);
        string message = $"Metric roles inferred from names ({judged.Count})"
            + (judged.Count > 0 ? ": " + List(judged.Select(Describe), judged.Count) : string.Empty);
        if (other.Count > 0)
        {
            message += $". Not judged, role other ({other.Count}): {List(other.Select(m => m.Name), other.Count)}";
            MetricDefinition? example = other.FirstOrDefault(m => !IsBookkeeping(m));
            message += example is null ? string.Empty
                : $". To judge one, set it in loglens.yaml: metrics: {{'{example.Name}': {{role: business, direction: "
                    + $"{(example.HigherIsBetter ? "higher" : "lower")}}}}}";
        }

        yield return Finding.Create(
            FindingCatalog.AssumedMetricRoles,
            new Subject(),
            message,
            Evidence.Of(
                ("proxy", string.Join(", ", judged.Where(m => m.Role == MetricRole.Proxy).Select(m => m.Name))),
                ("business", string.Join(", ", judged.Where(m => m.Role == MetricRole.Business).Select(m => m.Name))),
                ("other", string.Join(", ", other.Select(m => m.Name)))));
    }
}
