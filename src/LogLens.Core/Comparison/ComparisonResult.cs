using System.Collections.Immutable;
using LogLens.Core.Findings;

namespace LogLens.Core.Comparison;

/// <summary>The answer to one A/B question ("does the candidate beat the baseline?"), per dataset and overall.</summary>
/// <param name="Metric">The compared metric.</param>
/// <param name="HigherIsBetter">The metric's direction; Δ is always in the better direction.</param>
/// <param name="Baseline">The baseline selector, canonical text.</param>
/// <param name="Candidate">The candidate selector, canonical text.</param>
/// <param name="BaselineRuns">Runs the baseline selector matched.</param>
/// <param name="CandidateRuns">Runs the candidate selector matched.</param>
/// <param name="Datasets">One row per dataset where both sides were observed, ordinal by dataset.</param>
/// <param name="Overall">Wins, sign test and Wilcoxon across datasets.</param>
/// <param name="Findings">LL603 GainDoesNotGeneralize or LL604 SignFlip when they apply.</param>
internal sealed record ComparisonResult(
    string Metric,
    bool HigherIsBetter,
    string Baseline,
    string Candidate,
    ImmutableArray<string> BaselineRuns,
    ImmutableArray<string> CandidateRuns,
    ImmutableArray<DatasetComparison> Datasets,
    WinLossTally Overall,
    ImmutableArray<Finding> Findings)
{
    /// <summary>Problems with the question itself: a selector that pools several configs, a side without replicates.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The same question on the prompts both sides answered, paired by prompt (<see cref="PromptPairs"/>); empty without samples.</summary>
    public ImmutableArray<PromptComparison> Prompts { get; init; } = [];

    /// <summary>True when the candidate is significantly worse on some dataset, across runs or on the shared prompts (the command exits 1).</summary>
    public bool CandidateWorse => Datasets.Any(d => d.Outcome == DatasetOutcome.Worse) || Prompts.Any(p => p.Outcome == DatasetOutcome.Worse);
}
