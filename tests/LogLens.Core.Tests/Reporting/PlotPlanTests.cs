using System.Collections.Immutable;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting;

public sealed class PlotPlanTests
{
    [Fact]
    public void The_first_n_finding_plots_are_full_size_the_next_n_thumbnails_and_the_rest_skipped()
    {
        AnalysisResult result = Many(7);

        PlotPlan plan = PlotPlan.For(result, 2);

        var sizes = result.Findings.SelectMany(f => f.Plots).Select(plan.SizeOf);
        Assert.Equal([PlotSize.Full, PlotSize.Full, PlotSize.Thumbnail, PlotSize.Thumbnail, PlotSize.Skipped, PlotSize.Skipped, PlotSize.Skipped], sizes);
    }

    [Fact]
    public void Full_size_plots_go_to_the_most_severe_findings()
    {
        AnalysisResult result = Many(5);

        PlotPlan plan = PlotPlan.For(result, 1);

        Finding full = result.Findings.Single(f => plan.SizeOf(f.Plots[0]) == PlotSize.Full);
        Assert.Equal(result.Findings.Max(f => f.Severity), full.Severity);
    }

    [Fact]
    public void Overview_plots_are_always_full_size()
    {
        var overview = new PlotSpec("overview-x", PlotKind.Lines, "t", "x", "y");
        AnalysisResult result = Many(3) with { OverviewPlots = [overview] };

        Assert.Equal(PlotSize.Full, PlotPlan.For(result, 0).SizeOf(overview));
    }

    [Fact]
    public void The_unlimited_plan_draws_everything_full_size() =>
        Assert.All(Many(100).AllPlots, p => Assert.Equal(PlotSize.Full, PlotPlan.Unlimited.SizeOf(p)));

    [Fact]
    public void Markdown_notes_skipped_plots_instead_of_linking_a_missing_image()
    {
        AnalysisResult result = Many(3);
        string text = ExporterRun.Write(MarkdownExporter.Default, new Report(result) { Plots = PlotPlan.For(result, 1) });

        Assert.Contains("*Plot not drawn (beyond --max-plots 1 and its thumbnails): plots/p2.png*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](plots/p2.png)", text, StringComparison.Ordinal);
        Assert.Contains("](plots/p0.png) *(thumbnail", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_draws_a_placeholder_for_skipped_plots_and_a_small_image_for_thumbnails()
    {
        AnalysisResult result = Many(3);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1];
        var report = new Report(result)
        {
            Plots = PlotPlan.For(result, 1),
            Images = result.AllPlots.ToImmutableDictionary(p => p.Name, _ => png),
        };

        string text = ExporterRun.Write(HtmlExporter.Default, report);

        Assert.Contains("Plot not drawn: beyond --max-plots 1", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "<img class=\"thumb\""));
    }

    /// <summary>A result with <paramref name="count"/> findings of mixed severity, one plot each ("p0", "p1", ...).</summary>
    private static AnalysisResult Many(int count)
    {
        FindingDescriptor[] codes = [FindingCatalog.SeedNoiseDominates, FindingCatalog.NonFiniteLoss, FindingCatalog.AssumedMetricRoles];
        var findings = Enumerable.Range(0, count).Select(i => Finding.Create(
            codes[i % codes.Length],
            new Subject(Run: "run" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "message",
            null,
            new PlotSpec("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), PlotKind.Lines, "t", "x", "y")));
        AnalysisResult sample = SampleResult.Create();
        return sample with { Findings = [.. Analyzer.Sort(findings)], OverviewPlots = [] };
    }
}
