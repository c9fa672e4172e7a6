using System.Collections.Immutable;
using LogLens.Core.Findings;

namespace LogLens.Core.Detection.Detectors;

/// <summary>LL004: config groups with a single run, where seed noise cannot be estimated.</summary>
public sealed class NoReplicateSeedsDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly NoReplicateSeedsDetector Default = new();

    private NoReplicateSeedsDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Codes { get; } = ["LL004"];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        foreach (var byDataset in context.Runs.Groups.GroupBy(g => g.Dataset, StringComparer.Ordinal))
        {
            int single = byDataset.Count(g => g.RunIds.Length == 1);
            int total = byDataset.Count();
            if (total >= 2 && single > 0)
            {
                yield return Finding.Create(
                    "LL004",
                    new Subject(Dataset: byDataset.Key),
                    $"{single} of {total} configs on {byDataset.Key} have a single seed: their noise cannot be estimated",
                    Evidence.Of(("single_seed_configs", single), ("configs", total)));
            }
        }
    }
}
