using System.Collections.Immutable;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;

namespace LogLens.Core.Reporting.Baselines;

/// <summary>
/// The current findings against a baseline, matched by stable id (code + subject): each current finding is
/// new or persisting; baseline findings that are gone are resolved (in the baseline's order).
/// </summary>
public sealed class BaselineComparison
{
    private readonly ImmutableHashSet<string> baselineIds;

    private BaselineComparison(Baseline baseline, ImmutableArray<BaselineFinding> resolved, int newCount, int persisting)
    {
        Baseline = baseline;
        baselineIds = [.. baseline.Findings.Select(f => f.Id)];
        Resolved = resolved;
        New = newCount;
        Persisting = persisting;
    }

    /// <summary>The baseline compared with.</summary>
    public Baseline Baseline { get; }

    /// <summary>Baseline findings that are not found any more.</summary>
    public ImmutableArray<BaselineFinding> Resolved { get; }

    /// <summary>How many current findings are new.</summary>
    public int New { get; }

    /// <summary>How many current findings were already in the baseline.</summary>
    public int Persisting { get; }

    /// <summary>Compares <paramref name="result"/>'s findings with <paramref name="baseline"/>.</summary>
    public static BaselineComparison Compare(AnalysisResult result, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(baseline);
        var current = result.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var before = baseline.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        int persisting = current.Count(before.Contains);
        return new BaselineComparison(baseline, [.. baseline.Findings.Where(f => !current.Contains(f.Id))], current.Count - persisting, persisting);
    }

    /// <summary>New or persisting.</summary>
    public BaselineState StateOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return baselineIds.Contains(finding.Id) ? BaselineState.Persisting : BaselineState.New;
    }

    /// <summary>"new", "persisting" or "resolved": the findings.json <c>status</c> values.</summary>
    public static string Text(BaselineState state) => state switch
    {
        BaselineState.Persisting => "persisting",
        BaselineState.Resolved => "resolved",
        _ => "new",
    };
}
