using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Reporting.Exporters;
using LogLens.Core.Tests.Reporting;

namespace LogLens.Browser.Tests;

public sealed class HostileReportInBrowserTests
{
    /// <summary>The hostile report opened once (each browser start costs seconds) and shared by the tests that read it.</summary>
    private static readonly Lazy<(AnalysisResult Result, string Dom, string Log)> Hostile = new(() =>
    {
        AnalysisResult result = HostileResult.Create();
        (string dom, string log) = BrowserReport.Open(BrowserReport.Render(result), "--dump-dom");
        return (result, dom, log);
    });

    [SkippableFact]
    public void The_report_renders_its_verdict_and_injected_markup_only_as_text()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        (AnalysisResult result, string dom, _) = Hostile.Value;

        Assert.Contains(Html.Encode(result.Verdict.Headline), dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.Contains("\"&gt;&lt;img src=x onerror=\"window.__pwned=2\"&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotMatch(BrowserReport.ForeignElement(), dom);
        Assert.All(BrowserReport.ImageSource().Matches(dom), m => Assert.StartsWith("data:image/png;base64,", m.Groups[1].Value, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void No_injected_script_runs_and_the_page_logs_nothing()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        (_, string dom, string log) = Hostile.Value;

        Assert.Single(BrowserReport.ScriptElement().Matches(dom));
        Assert.DoesNotMatch(BrowserReport.PwnedBody(), dom);
        Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
        Assert.DoesNotContain("pwned", log, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_sorting_script_runs_under_the_content_security_policy()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        (_, string dom, _) = Hostile.Value;

        // The script turns each header of a sortable table into a button; with a wrong hash it would be blocked.
        Assert.Contains("<th aria-sort=\"none\"><button type=\"button\" title=\"Sort by this column\">Severity</button></th>", dom, StringComparison.Ordinal);
    }
}
