using System.Collections.Immutable;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Reporting.Exporters;
using LogLens.Core.Tests.Detection;
using LogLens.Core.Tests.Reporting;

namespace LogLens.Core.Tests.Analysis;

public sealed class OverviewPlotsTests
{
    [Fact]
    public void Each_run_with_proxy_and_business_series_gets_a_lines_plot_with_business_on_the_right()
    {
        var plots = Build(SampleResult.Create().Runs);

        var run = plots.Single(p => p.Name == "overview-proxy-business-sweep/lr1-seed0");
        Assert.Equal(PlotKind.Lines, run.Kind);
        Assert.Equal(["eval/loss", "eval/accuracy"], run.Series.Select(s => s.Label));
        Assert.Equal([false, true], run.Series.Select(s => s.RightAxis));
    }

    [Fact]
    public void Run_plots_are_capped_at_the_runs_with_the_most_points()
    {
        var runs = Enumerable.Range(0, 15).Select(i => MakeRun($"r{i:00}", "0.1", i, points: i < 3 ? 2 : 10)).ToList();

        var names = Build(RunSet.Create(runs, LogLensConfig.Default)).Where(p => p.Kind == PlotKind.Lines).Select(p => p.Name).ToList();

        Assert.Equal(OverviewPlots.MaxRunPlots, names.Count);
        Assert.DoesNotContain("overview-proxy-business-r00", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Spread_plots_have_one_category_per_config_with_a_t_interval_around_the_mean()
    {
        var plots = Build(SampleResult.Create().Runs);

        var spread = plots.Single(p => p.Name == "overview-spread-eval/accuracy-digits");
        PlotCategory best = spread.Categories[0];
        Assert.Equal(3, spread.Categories.Length);
        Assert.Equal("learning_rate=0.0002", best.Label);
        Assert.Equal(0.94, best.Estimate, 12);

        // mean ± t(0.975, 2)·s/√3 with s = 0.01: half-width 4.302653·0.01/√3.
        Assert.Equal(0.94 - (4.302652729749464 * 0.01 / Math.Sqrt(3)), best.Low, 9);
    }

    [Fact]
    public void The_forest_plot_shows_the_welch_gain_of_the_best_config_over_the_worst_per_dataset()
    {
        var plots = Build(SampleResult.Create().Runs);

        var forest = plots.Single(p => p.Name == "overview-forest-eval/accuracy");
        Assert.Equal(PlotKind.Forest, forest.Kind);
        Assert.Equal(0, forest.ReferenceLine);
        Assert.Equal(["digits", "wine"], forest.Categories.Select(c => c.Label));

        // Only lr 1e-4 and 2e-4 were evaluated on both datasets; best (2e-4) − worst (1e-4) = 0.02 and 0.03.
        Assert.Equal(0.02, forest.Categories[0].Estimate, 12);
        Assert.Equal(0.03, forest.Categories[1].Estimate, 12);
        Assert.True(forest.Categories[0].Low < 0.02 && forest.Categories[0].High > 0.02);
    }

    [Fact]
    public void No_forest_plot_is_built_for_a_single_dataset()
    {
        var runs = Enumerable.Range(0, 4).Select(i => MakeRun($"r{i}", i < 2 ? "0.1" : "0.2", i, points: 5)).ToList();

        var plots = Build(RunSet.Create(runs, LogLensConfig.Default));

        Assert.DoesNotContain(plots, p => p.Kind == PlotKind.Forest);
        Assert.Contains(plots, p => p.Kind == PlotKind.Spread);
    }

    [Fact]
    public void The_same_run_set_gives_the_same_plots_in_the_same_order()
    {
        var first = Build(SampleResult.Create().Runs).Select(p => p.Name);
        var second = Build(SampleResult.Create().Runs).Select(p => p.Name);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    public void Overview_plots_respect_the_max_plots_cap_keeping_forests_first(int max)
    {
        RunSet runs = SampleResult.Create().Runs;
        List<PlotSpec> all = Build(runs);
        Assert.True(all.Count > 8, $"the sample needs more than 8 overview plots, has {all.Count}");

        List<PlotSpec> capped = OverviewPlots.Build(new AnalysisContext(runs, new AnalysisOptions { MaxOverviewPlots = max })).Kept;

        Assert.Equal(max, capped.Count);
        Assert.Equal(Math.Min(max, all.Count(p => p.Kind == PlotKind.Forest)), capped.Count(p => p.Kind == PlotKind.Forest));
        Assert.All(capped, p => Assert.Contains(p.Name, all.Select(a => a.Name)));
        Assert.Equal(all.Count - max, OverviewPlots.Build(new AnalysisContext(runs, new AnalysisOptions { MaxOverviewPlots = max })).Omitted);
    }

    [Fact]
    public void The_analysis_and_its_reports_say_how_many_overview_plots_the_cap_left_out()
    {
        RunSet runs = SampleResult.Create().Runs;
        int all = Build(runs).Count;

        AnalysisResult result = Analyzer.Analyze(runs, new AnalysisOptions { MaxOverviewPlots = 3 });
        string md = ExporterRun.Write(MarkdownExporter.Default, result);
        string html = ExporterRun.Write(HtmlExporter.Default, result);

        Assert.Equal(all - 3, result.OverviewPlotsOmitted);
        Assert.Contains($"*{all - 3} more overview plots not drawn (beyond --max-plots)*", md, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"note\">{all - 3} more overview plots not drawn (beyond --max-plots).</p>", html, StringComparison.Ordinal);
        Assert.Equal(0, Analyzer.Analyze(runs, new AnalysisOptions { MaxOverviewPlots = all }).OverviewPlotsOmitted);
    }

    [Fact]
    public void A_spread_of_single_run_configs_does_not_promise_interval_bars()
    {
        RunSet one = NoiseRunSets.Build(Enumerable.Range(0, 4).Select(c => ($"lr={c}", "d", 0, 0.5 + (0.01 * c))));
        RunSet three = NoiseRunSets.Build(Enumerable.Range(0, 4).SelectMany(c => Enumerable.Range(0, 3).Select(s => ($"lr={c}", "d", s, 0.5 + (0.01 * c) + (0.001 * s)))));

        PlotSpec single = Assert.Single(Build(one), p => p.Name.StartsWith("overview-spread", StringComparison.Ordinal));
        PlotSpec seeded = Assert.Single(Build(three), p => p.Name.StartsWith("overview-spread", StringComparison.Ordinal));

        Assert.EndsWith("one run per config: no interval", single.Note, StringComparison.Ordinal);
        Assert.EndsWith("bars: mean with 95% t-CI", seeded.Note, StringComparison.Ordinal);
    }

    private static List<PlotSpec> Build(RunSet runs) => OverviewPlots.Build(new AnalysisContext(runs)).Kept;

    private static Run MakeRun(string id, string lr, int seed, int points)
    {
        double[] steps = [.. Enumerable.Range(0, points).Select(i => i * 10.0)];
        return new Run(
            id,
            ["generic"],
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string> { ["lr"] = lr, ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            [new MetricSeries("eval/accuracy", steps, [.. steps.Select(s => 0.5 + (s / 1000) + (seed * 0.001))]), new MetricSeries("eval/loss", steps, [.. steps.Select(s => 2 - (s / 100))])],
            [],
            []);
    }
}
