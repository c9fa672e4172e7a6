using System.Text.RegularExpressions;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Baselines;
using LogLens.Core.Tests.Reporting;

namespace LogLens.Browser.Tests;

/// <summary>report.html with a baseline whose resolved findings carry markup: badges and the resolved list render, nothing runs.</summary>
public sealed partial class BaselineReportInBrowserTests
{
    private const string Injected = "\"><img src=x onerror=\"window.__pwned=3\"><script>window.__pwned=4</script>";

    private static readonly Lazy<(AnalysisResult Result, string Dom, string Log)> Report = new(() =>
    {
        AnalysisResult result = HostileResult.Create();
        Finding kept = result.Findings[0];
        var baseline = new Baseline(
            "previous/" + Injected + ".json",
            [
                new BaselineFinding(kept.Id, kept.Code, kept.Descriptor.Name, kept.Severity, kept.Subject, kept.Message),
                new BaselineFinding("LL101:run=" + Injected, "LL101", "NonFiniteLoss", Severity.Error, new Subject(Run: Injected), Injected),
                new BaselineFinding("LL103:run=r2", "LL103", "Overfitting", Severity.Warning, new Subject(Run: "r2"), "eval loss rose"),
            ]);
        string html = BrowserReport.Render(BrowserReport.WithPlots(result) with { Baseline = BaselineComparison.Compare(result, baseline) });
        (string dom, string log) = BrowserReport.Open(html, "--dump-dom");
        return (result, dom, log);
    });

    [SkippableFact]
    public void Every_finding_gets_a_baseline_badge_in_the_table_and_in_its_section()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        (AnalysisResult result, string dom, _) = Report.Value;

        // Two per finding (table and section), plus the new and persisting counts at the top of "Since baseline".
        Assert.Equal((2 * result.Findings.Length) + 2, Badge().Count(dom));
        Assert.Equal(2 + 1, Regex.Count(dom, "badge base-persisting\">persisting<"));
    }

    [SkippableFact]
    public void The_resolved_findings_are_listed_with_their_markup_as_text()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        (_, string dom, _) = Report.Value;

        string table = dom[dom.IndexOf("<table id=\"resolved\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(2 + 1, Regex.Count(table, "<tr>"));
        Assert.Contains("&lt;script&gt;window.__pwned=4&lt;/script&gt;", table, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void No_injected_script_runs_and_the_findings_table_still_sorts()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        (_, string dom, string log) = Report.Value;

        Assert.Single(BrowserReport.ScriptElement().Matches(dom));
        Assert.DoesNotContain("pwned", log, StringComparison.Ordinal);
        Assert.DoesNotMatch(BrowserReport.ForeignElement(), dom);
        Assert.Contains("<th aria-sort=\"none\"><button type=\"button\" title=\"Sort by this column\">Since baseline</button></th>", dom, StringComparison.Ordinal);
    }

    [GeneratedRegex("<span class=\"badge base-(new|persisting)\">")]
    private static partial Regex Badge();
}
