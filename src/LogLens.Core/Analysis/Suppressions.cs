using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Findings;

namespace LogLens.Core.Analysis;

/// <summary>
/// Applies loglens.yaml's <c>suppress:</c> entries (as linters apply their disable comments): a finding an entry covers
/// leaves the findings for <see cref="AnalysisResult.Suppressed"/> — not counted for <c>--fail-on</c>, the verdict or
/// the findings that lead the report — and an entry that covers nothing is an LL009 warning naming its line.
/// </summary>
internal static class Suppressions
{
    /// <summary>Splits <paramref name="findings"/> into those kept (plus LL009 for unused entries) and those suppressed.</summary>
    public static (List<Finding> Kept, ImmutableArray<SuppressedFinding> Suppressed) Apply(IEnumerable<Finding> findings, ImmutableArray<Suppression> entries)
    {
        if (entries.IsEmpty)
        {
            return ([.. findings], []);
        }

        var kept = new List<Finding>();
        var suppressed = ImmutableArray.CreateBuilder<SuppressedFinding>();
        var used = new HashSet<Suppression>(ReferenceEqualityComparer.Instance);
        foreach (Finding finding in findings)
        {
            // An entry by id wins over one by code: it is the more specific acceptance.
            Suppression? by = entries.FirstOrDefault(e => e.Id is not null && e.Matches(finding.Code, finding.Id))
                ?? entries.FirstOrDefault(e => e.Id is null && e.Matches(finding.Code, finding.Id));
            if (by is null)
            {
                kept.Add(finding);
                continue;
            }

            used.Add(by);
            suppressed.Add(new SuppressedFinding(finding with { Plots = [] }, by));
        }

        foreach (Suppression unused in entries.Where(e => !used.Contains(e)))
        {
            string line = unused.Line.ToString(CultureInfo.InvariantCulture);
            kept.Add(Finding.Create(
                FindingCatalog.UnusedSuppression,
                new Subject(Path: "loglens.yaml:" + line),
                $"loglens.yaml line {line}: suppress entry {unused.Target} matched no finding; remove it, or copy the id from findings.json",
                Evidence.Of(("line", unused.Line), ("target", unused.Target), ("reason", unused.Reason))));
        }

        return (kept, suppressed.ToImmutable());
    }
}
