using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL008: runs with the same parameters (same study, dataset and config) that log the same metric under two names —
/// one run has <c>loss</c> and not <c>loss/main</c>, its sibling <c>loss/main</c> and not <c>loss</c> — usually a key
/// renamed in the training script between runs. Each name then misses the other's runs in every comparison. Fires only
/// when two metric-name sets of one config differ by exactly that one pair and one name is the other's first or last
/// path segment (split at '/' or '.'): cheap (one pass over the distinct name sets per config) and precise.
/// </summary>
internal sealed class RenamedMetricDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly RenamedMetricDetector Default = new();

    private RenamedMetricDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.RenamedMetric];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RunSet set = context.Runs;
        var configs = set.Runs.Where(r => !r.Params.IsEmpty)
            .GroupBy(r => (set.Keys[r.Id].Study, set.Keys[r.Id].Dataset, set.Keys[r.Id].ConfigKey))
            .Where(g => g.Count() >= 2);
        foreach (var config in configs)
        {
            // Runs with the same names are one variant; a config usually has one or two variants.
            var variants = config
                .GroupBy(r => string.Join("\n", Names(r)), StringComparer.Ordinal)
                .Select(g => (Names: Names(g.First()), Runs: g.Select(r => r.Id).Order(StringComparer.Ordinal).ToList()))
                .OrderBy(v => v.Runs[0], StringComparer.Ordinal)
                .ToList();
            for (int i = 0; i < variants.Count; i++)
            {
                for (int j = i + 1; j < variants.Count; j++)
                {
                    if (Renamed(variants[i].Names, variants[j].Names) is (string a, string b))
                    {
                        yield return Create(config.Key.ConfigKey, config.Key.Dataset, (a, variants[i].Runs), (b, variants[j].Runs));
                    }
                }
            }
        }
    }

    /// <summary>The one name each set has and the other lacks, when the two are related names; else null.</summary>
    internal static (string A, string B)? Renamed(SortedSet<string> a, SortedSet<string> b)
    {
        var onlyA = a.Except(b).Take(2).ToList();
        var onlyB = b.Except(a).Take(2).ToList();
        return onlyA.Count == 1 && onlyB.Count == 1 && (Related(onlyA[0], onlyB[0]) || Related(onlyB[0], onlyA[0])) ? (onlyA[0], onlyB[0]) : null;
    }

    /// <summary>True when <paramref name="shorter"/> is the first or last path segment(s) of <paramref name="longer"/>.</summary>
    private static bool Related(string shorter, string longer) =>
        longer.Length > shorter.Length + 1 && shorter.Length > 0
        && ((longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] is '/' or '.')
            || (longer.EndsWith(shorter, StringComparison.Ordinal) && longer[^(shorter.Length + 1)] is '/' or '.'));

    private static SortedSet<string> Names(Run run) =>
        new(run.Series.Select(s => s.Name).Concat(run.Scores.Select(s => s.Metric)), StringComparer.Ordinal);

    private static Finding Create(string config, string dataset, (string Name, List<string> Runs) a, (string Name, List<string> Runs) b)
    {
        string message = string.Create(CultureInfo.InvariantCulture,
            $"runs with the same parameters log one metric under two names: '{a.Name}' in {Listed(a.Runs)}, '{b.Name}' in {Listed(b.Runs)} (a key renamed "
            + $"between runs?); every comparison of either name misses the other's runs");
        return Finding.Create(
            FindingCatalog.RenamedMetric,
            new Subject(Config: config, Metric: a.Name + " | " + b.Name, Dataset: dataset),
            message,
            Evidence.Of(("name", a.Name), ("runs", string.Join(", ", a.Runs)), ("renamed", b.Name), ("renamed_runs", string.Join(", ", b.Runs))));
    }

    private static string Listed(List<string> runs) =>
        string.Join(", ", runs.Take(3)) + (runs.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" (+{runs.Count - 3} more)") : "");
}
