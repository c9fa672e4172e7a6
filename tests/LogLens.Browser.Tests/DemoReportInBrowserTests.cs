using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Browser.Tests;

public sealed class DemoReportInBrowserTests
{
    /// <summary>Where the README screenshot is written (not committed).</summary>
    public static string ScreenshotPath { get; } = Path.Combine(Path.GetTempPath(), "report-screenshot.png");

    [SkippableFact]
    public void The_demo_report_renders_every_plot_and_is_screenshotted()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.SkipReason);
        AnalysisResult result = DemoResult.Create();
        string html = BrowserReport.Render(result);
        File.Delete(ScreenshotPath);

        BrowserReport.Open(html, $"--screenshot={ScreenshotPath}", "--window-size=1280,2000", "--hide-scrollbars");
        (string dom, string log) = BrowserReport.Open(html, "--dump-dom");

        Assert.True(File.Exists(ScreenshotPath) && new FileInfo(ScreenshotPath).Length > 20_000, "the screenshot is missing or blank");
        Assert.Equal(result.AllPlots.Count(), BrowserReport.ImageSource().Count(dom));
        Assert.Contains(Html.Encode(result.Verdict.Headline), dom, StringComparison.Ordinal);
        Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
    }
}
