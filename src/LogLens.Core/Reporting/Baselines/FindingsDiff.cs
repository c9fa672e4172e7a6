using System.Collections.Immutable;
using LogLens.Core.Findings;

namespace LogLens.Core.Reporting.Baselines;

/// <summary>
/// Two findings.json files compared by stable id without re-analysing (<c>loglens diff OLD NEW</c>): findings only in
/// the new file are new, only in the old one resolved, in both persisting (with the new file's severity and message).
/// Each list keeps its file's order, which <c>analyze</c> writes sorted by severity, code and id.
/// </summary>
/// <param name="Old">The earlier findings.json.</param>
/// <param name="New">The later findings.json.</param>
/// <param name="Added">Findings of <paramref name="New"/> that <paramref name="Old"/> did not have.</param>
/// <param name="Resolved">Findings of <paramref name="Old"/> that are gone.</param>
/// <param name="Persisting">Findings in both, as <paramref name="New"/> records them.</param>
internal sealed record FindingsDiff(
    Baseline Old,
    Baseline New,
    ImmutableArray<BaselineFinding> Added,
    ImmutableArray<BaselineFinding> Resolved,
    ImmutableArray<BaselineFinding> Persisting)
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>.</summary>
    public static FindingsDiff Compare(Baseline old, Baseline @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var before = old.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var after = @new.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return new FindingsDiff(
            old,
            @new,
            [.. @new.Findings.Where(f => !before.Contains(f.Id))],
            [.. old.Findings.Where(f => !after.Contains(f.Id))],
            [.. @new.Findings.Where(f => before.Contains(f.Id))]);
    }

    /// <summary>New findings at or above <paramref name="threshold"/> that are not suppressed (null: none count).</summary>
    public ImmutableArray<BaselineFinding> Failing(Severity? threshold) =>
        threshold is Severity t ? [.. Added.Where(f => f.Severity >= t && !f.Suppressed)] : [];
}
