using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Analysis;

/// <summary>
/// One finding per pattern (docs/methods.md, "Volume"): a per-run finding (same code, same metric) seen in several
/// runs is one finding — config-level when those runs are seeds of one config ("3 of 3 seeds of lr=1e-4"), sweep-level
/// when they span configs ("in 88 of 240 runs, 31 configs"). The first member by run id speaks for the pattern: its
/// message, evidence and plot; every member run stays in the evidence (<c>runs</c>) and in <c>findings.json</c>. A
/// finding seen in one run stays as it is.
/// </summary>
internal static class FindingRollup
{
    /// <summary>Run ids listed in a rolled-up finding's message before "…".</summary>
    public const int Listed = 3;

    /// <summary>Rolls up per-run findings of one code and metric that occur in two or more runs.</summary>
    public static IEnumerable<Finding> Apply(IEnumerable<Finding> findings, RunSet runs)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(runs);
        var list = findings.ToList();
        var rolled = new List<Finding>(list.Where(f => f.Subject.Run is null));
        foreach (var pattern in list.Where(f => f.Subject.Run is not null)
            .GroupBy(f => (f.Code, f.Subject.Metric, Study: runs.Keys.TryGetValue(f.Subject.Run!, out RunKey? k) ? k.Study : string.Empty)))
        {
            var members = pattern.OrderBy(f => f.Subject.Run, StringComparer.Ordinal).ToList();
            var memberRuns = members.Select(f => f.Subject.Run!).Distinct(StringComparer.Ordinal).ToList();
            if (memberRuns.Count < 2)
            {
                rolled.AddRange(members);
                continue;
            }

            rolled.Add(Roll(members, memberRuns, runs, pattern.Key.Study));
        }

        return rolled;
    }

    /// <summary>
    /// The findings a reviewer should read first: warnings and errors ranked by what is at stake — severity, then how
    /// many runs show the pattern, then the business score it costs where the evidence gives one — ties by id.
    /// </summary>
    public static IEnumerable<Finding> Top(IEnumerable<Finding> findings, int count)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Where(f => f.Severity >= Severity.Warning)
            .OrderByDescending(f => f.Severity)
            .ThenByDescending(f => f.Evidence["runs_affected"] is int n ? n : 1)
            .ThenByDescending(f => f.Evidence["selection_regret"] is double r && double.IsFinite(r) ? r : 0)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Take(count);
    }

    private static Finding Roll(List<Finding> members, List<string> memberRuns, RunSet runs, string study)
    {
        Finding lead = members[0];
        var configs = memberRuns.Select(r => runs.Keys.TryGetValue(r, out RunKey? k) ? k.ConfigKey : r).Distinct(StringComparer.Ordinal).ToList();
        int inStudy = runs.Keys.Count(k => k.Value.Study == study);
        string names = string.Join(", ", memberRuns.Take(Listed)) + (memberRuns.Count > Listed ? ", …" : string.Empty);
        Subject subject;
        string scope;
        if (configs.Count == 1 && !configs[0].StartsWith(RunGrouping.NoParamsPrefix, StringComparison.Ordinal))
        {
            int seeds = runs.Keys.Count(k => k.Value.ConfigKey == configs[0] && k.Value.Study == study);
            subject = new Subject(Config: configs[0], Metric: lead.Subject.Metric);
            scope = string.Create(CultureInfo.InvariantCulture, $"{memberRuns.Count} of {seeds} seeds of config {configs[0]}");
        }
        else
        {
            subject = new Subject(Metric: lead.Subject.Metric, Dataset: study.Length > 0 ? study : null, Scope: "sweep");
            bool unidentified = configs.All(c => c.StartsWith(RunGrouping.NoParamsPrefix, StringComparison.Ordinal));
            string what = unidentified ? "runs without params" : string.Create(CultureInfo.InvariantCulture, $"{configs.Count} configs");
            scope = string.Create(CultureInfo.InvariantCulture,
                $"{memberRuns.Count} of {inStudy} runs ({what}{(study.Length > 0 ? ", study " + study : string.Empty)})");
        }

        string on = lead.Subject.Metric is string metric ? " on " + metric : string.Empty;
        string message = $"{lead.Descriptor.Name}{on} in {scope}: {names}. First: {lead.Message}";
        var evidence = new Evidence([
            new("runs_affected", memberRuns.Count),
            new("runs", string.Join(", ", memberRuns)),
            new("configs_affected", configs.Count),
            .. lead.Evidence.Items,
        ]);
        return lead with { Subject = subject, Message = message, Evidence = evidence };
    }
}
