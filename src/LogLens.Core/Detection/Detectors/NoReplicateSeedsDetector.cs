using System.Collections.Immutable;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>LL004: config groups with a single run, where seed noise cannot be estimated.</summary>
internal sealed class NoReplicateSeedsDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly NoReplicateSeedsDetector Default = new();

    private NoReplicateSeedsDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.NoReplicateSeeds];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // One finding for the whole folder: the same configs on 88 datasets are one fact, not 88. Runs without
        // parameters are LL006's; they are configs of their own by construction.
        var groups = context.Runs.Groups.Where(g => !g.ConfigKey.StartsWith(RunGrouping.NoParamsPrefix, StringComparison.Ordinal)).ToList();
        var configs = groups.Select(g => g.ConfigKey).ToHashSet(StringComparer.Ordinal);
        var single = groups.GroupBy(g => g.ConfigKey, StringComparer.Ordinal).Where(c => c.All(g => g.RunIds.Length == 1)).Select(c => c.Key).ToList();
        if (configs.Count < 2 || single.Count == 0)
        {
            yield break;
        }

        // Datasets as the logs name them: "bloom/arc_easy" and "pythia-v1/arc_easy" are one dataset in two studies.
        int datasets = groups.Select(g => Studies.Unqualify(context.Runs.Keys[g.RunIds[0]].Study, g.Dataset)).Distinct(StringComparer.Ordinal).Count();
        string where = datasets > 1 ? $" (on {datasets} datasets)" : string.Empty;
        yield return Finding.Create(
            FindingCatalog.NoReplicateSeeds,
            new Subject(),
            $"{single.Count} of {configs.Count} configs have a single seed{where}: their noise cannot be estimated; re-run the leading "
            + $"configs with 3 or more seeds",
            Evidence.Of(("single_seed_configs", single.Count), ("configs", configs.Count), ("datasets", datasets)));
    }
}
