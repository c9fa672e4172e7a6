using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>
/// report.md: GitHub-flavoured Markdown for a pull request — verdict and checklist, counts, input,
/// a findings table, one section per finding with evidence, plot and remedy, overview plots, config groups.
/// Every log-derived string goes through <see cref="Markdown.Escape"/>; lines end with '\n' on every OS.
/// With a baseline: a "Since baseline" section (counts, new and resolved findings) and a marker per finding.
/// </summary>
public sealed class MarkdownExporter : IExporter
{
    private MarkdownExporter()
    {
    }

    /// <summary>The exporter.</summary>
    public static MarkdownExporter Default { get; } = new();

    /// <inheritdoc />
    public string Name => "md";

    /// <inheritdoc />
    public string FileName => "report.md";

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        AnalysisResult result = report.Result;
        var w = new MarkdownWriter(writer);
        w.Line("# LogLens report");
        w.Line();
        w.Line($"**Verdict:** {Markdown.Escape(result.Verdict.Headline)}");
        w.Line();
        var top = Analysis.FindingRollup.Top(result.Findings, 3).ToList();
        if (top.Count > 0)
        {
            w.Line("**Read first:**");
            w.Line();
            foreach (Finding f in top)
            {
                w.Line($"- `{f.Code}` {Markdown.Escape(f.Message)}");
            }

            w.Line();
        }

        WriteChecklist(w, result);
        w.Line($"**Findings:** {Counts(result.Findings)}");
        w.Line();
        if (report.Baseline is { } baseline)
        {
            w.Line($"**Since baseline:** {MarkdownBaseline.Counts(baseline)}");
            w.Line();
        }

        WriteInput(w, result);
        if (report.Baseline is { } comparison)
        {
            MarkdownBaseline.Write(w, result, comparison);
        }

        MarkdownFindings.Write(w, report);
        WriteOverview(w, result);
        WriteGroups(w, result.Runs);
        MarkdownSuppressed.Write(w, result);
    }

    private static void WriteChecklist(MarkdownWriter w, AnalysisResult result)
    {
        w.Line(Markdown.Row("Question", "Answer", "Findings", "What would settle it"));
        w.Line(Markdown.Row("---", "---", "---", "---"));
        foreach (VerdictCheck check in result.Verdict.Checks)
        {
            var codes = result.Findings.Where(f => check.FindingIds.Contains(f.Id)).Select(f => f.Code).Distinct();
            string settle = check.Answer == Answer.CantTell ? check.Reason.Replace("to settle it: ", string.Empty, StringComparison.Ordinal) : "—";
            w.Line(Markdown.Row(
                Markdown.Escape(VerdictBuilder.Label(check.Question)),
                check.Answer == Answer.Yes ? "**yes**" : AnswerText(check.Answer),
                check.FindingIds.IsEmpty ? "—" : Markdown.Escape(string.Join(", ", codes)),
                Markdown.Escape(settle)));
        }

        w.Line();
    }

    private static void WriteInput(MarkdownWriter w, AnalysisResult result)
    {
        RunSet runs = result.Runs;
        w.Line("## Input");
        w.Line();
        w.Line(Markdown.Row("", ""));
        w.Line(Markdown.Row("---", "---"));
        w.Line(Markdown.Row("Paths", Markdown.Escape(string.Join(", ", result.Paths))));
        w.Line(Markdown.Row("Runs", runs.Runs.Length.ToString(CultureInfo.InvariantCulture)));
        w.Line(Markdown.Row("Configs", runs.Keys.Values.Select(k => k.ConfigKey).Distinct().Count().ToString(CultureInfo.InvariantCulture)));
        w.Line(Markdown.Row("Datasets", runs.Datasets.IsEmpty ? "—" : Markdown.Escape(string.Join(", ", runs.Datasets))));
        w.Line(Markdown.Row("Formats", Markdown.Escape(string.Join(", ", Formats(runs).Select(f => $"{f.Key} ({f.Value})")))));
        w.Line(Markdown.Row("Metrics", Markdown.Escape(string.Join(", ", runs.Metrics.Values.Where(m => m.Role != MetricRole.Other).Select(Describe)))));
        w.Line(Markdown.Row("Ingest diagnostics", runs.Diagnostics.Length.ToString(CultureInfo.InvariantCulture)));
        w.Line();
    }

    private static void WriteOverview(MarkdownWriter w, AnalysisResult result)
    {
        if (result.OverviewPlots.IsEmpty && result.OverviewPlotsOmitted == 0)
        {
            return;
        }

        w.Line("## Overview plots");
        w.Line();
        foreach (PlotSpec plot in result.OverviewPlots)
        {
            w.Line(Image(plot));
            w.Line();
        }

        if (result.OverviewPlotsOmitted > 0)
        {
            w.Line($"*{OmittedOverview(result)}*");
            w.Line();
        }
    }

    /// <summary>"12 more overview plots not drawn (beyond --max-plots)".</summary>
    internal static string OmittedOverview(AnalysisResult result) =>
        result.OverviewPlotsOmitted.ToString(CultureInfo.InvariantCulture)
        + $" more overview plot{(result.OverviewPlotsOmitted == 1 ? string.Empty : "s")} not drawn (beyond --max-plots)";

    private static void WriteGroups(MarkdownWriter w, RunSet runs)
    {
        // Business metrics are what configs are judged on; proxies stand in only when no business metric was logged.
        var role = runs.MetricsWithRole(MetricRole.Business).IsEmpty ? MetricRole.Proxy : MetricRole.Business;
        var business = runs.MetricsWithRole(role).Select(m => m.Name).ToList();
        var groups = GroupStats.Of(runs).Where(g => g.Metrics.Any(m => business.Contains(m.Metric))).ToList();
        w.Line("## Config groups");
        w.Line();
        if (groups.Count == 0)
        {
            w.Line("No config group has a final value of a business or proxy metric.");
            return;
        }

        // A long table folds (GitHub renders <details> in Markdown), as report.html's tables do.
        bool fold = groups.Count > HtmlRuns.RowsShown;
        if (fold)
        {
            w.Line($"<details><summary>Show the table ({groups.Count.ToString(CultureInfo.InvariantCulture)} config groups)</summary>");
            w.Line();
        }

        w.Line(Markdown.Row(["Config", "Dataset", "Runs", .. business.Select(b => Markdown.Escape(b) + " (mean ± sd)")]));
        w.Line(Markdown.Row([.. Enumerable.Repeat("---", 3 + business.Count)]));
        foreach ((ConfigGroup group, IReadOnlyList<GroupMetricStats> metrics) in groups)
        {
            var cells = new List<string> { Markdown.Escape(group.ConfigKey), Markdown.Escape(group.Dataset),
                group.RunIds.Length.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(business.Select(b => metrics.FirstOrDefault(m => m.Metric == b) is { } s ? Cell(s) : "—"));
            w.Line(Markdown.Row([.. cells]));
        }

        if (fold)
        {
            w.Line();
            w.Line("</details>");
        }
    }

    /// <summary>An image link; the alt text stays on one line.</summary>
    internal static string Image(PlotSpec plot) =>
        $"![{Markdown.Escape(plot.Title.ReplaceLineEndings(" "))}]({AnalysisResult.PlotPath(plot)})";

    private static string Cell(GroupMetricStats s) =>
        s.N < 2 ? $"{Numbers.Format(s.Mean)} (n = {s.N})" : $"{Numbers.Format(s.Mean)} ± {Numbers.Format(s.Sd)} (n = {s.N})";

    private static string Counts(IReadOnlyCollection<Finding> findings)
    {
        int errors = findings.Count(f => f.Severity == Severity.Error);
        int warnings = findings.Count(f => f.Severity == Severity.Warning);
        int infos = findings.Count(f => f.Severity == Severity.Info);
        return $"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}, {infos} info";
    }

    private static string Describe(MetricDefinition m) =>
        $"{m.Name} ({m.Role.ToString().ToLowerInvariant()}, {(m.HigherIsBetter ? "higher" : "lower")} is better{(m.Assumed ? ", assumed" : string.Empty)})";

    internal static string AnswerText(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        _ => "can't tell",
    };

    internal static IEnumerable<KeyValuePair<string, int>> Formats(RunSet runs) =>
        runs.Runs.SelectMany(r => r.Formats.Distinct()).GroupBy(f => f, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()));
}
