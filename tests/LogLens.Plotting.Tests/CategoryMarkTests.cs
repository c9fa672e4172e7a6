using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting.Tests;

public sealed class CategoryMarkTests
{
    [Fact]
    public void A_config_with_one_run_gets_no_ci_bar_and_one_with_three_runs_does()
    {
        PlotSpec one = SampleSpecs.Spread() with { Categories = [new PlotCategory("lr=1e-4", 0.9, 0.85, 0.95, [0.9])] };
        PlotSpec three = SampleSpecs.Spread() with { Categories = [new PlotCategory("lr=1e-4", 0.9, 0.85, 0.95, [0.88, 0.9, 0.92])] };

        Assert.Equal(0, ErrorBars(one));
        Assert.Equal(1, ErrorBars(three));
    }

    [Fact]
    public void Without_any_ci_bar_the_legend_does_not_promise_one()
    {
        PlotSpec spec = SampleSpecs.Spread() with { Categories = [new PlotCategory("a", 0.9, 0.85, 0.95, [0.9]), new PlotCategory("b", 0.8, 0.7, 0.9, [0.8])] };

        Assert.DoesNotContain(LegendTexts(spec), t => t.Contains("CI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    public void A_flagged_row_is_marked_with_the_one_glyph_and_the_legend_says_what_it_means(PlotKind kind)
    {
        PlotSpec spec = SampleSpecs.All().Single(s => s.Kind == kind) with { FlagLegend = "best significantly worse" };

        Assert.Contains(LegendTexts(spec), t => t.StartsWith("▶ best significantly worse", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forest_whose_only_rows_are_flagged_still_shows_its_legend()
    {
        PlotSpec spec = SampleSpecs.Forest() with { Categories = [new PlotCategory("wine", -0.02, -0.03, -0.01, [], Highlight: true)], ReferenceLine = null };

        using Plot plot = PlotRenderer.Build(spec, PlotLayout.Default);

        Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>());
    }

    [Fact]
    public void Named_markers_of_a_lines_plot_each_get_a_legend_entry()
    {
        PlotSpec spec = SampleSpecs.Lines() with
        {
            Markers =
            [
                new PlotMarker("picked by eval/loss (step 1950)", 1950, 0.6, RightAxis: true),
                new PlotMarker("best eval/accuracy (step 200)", 200, 0.63, RightAxis: true),
            ],
        };

        string[] texts = LegendTexts(spec);

        Assert.Contains("picked by eval/loss (step 1950)", texts);
        Assert.Contains("best eval/accuracy (step 200)", texts);
    }

    [Fact]
    public void A_rank_axis_has_one_tick_per_rank_with_rank_one_at_the_top()
    {
        PlotSpec spec = new("LL605-acc", PlotKind.Lines, "ranks", "dataset", "rank")
        {
            Series = [new PlotSeries("a", [0, 1, 2], [1, 3, 2]), new PlotSeries("b", [0, 1, 2], [2, 1, 3]), new PlotSeries("c", [0, 1, 2], [3, 2, 1])],
            XCategories = ["x", "y", "z"],
            RankAxis = true,
        };

        using Plot plot = PlotRenderer.Build(spec, PlotLayout.Default);
        plot.RenderInMemory(1200, 700);

        Assert.Equal(["1", "2", "3"], plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray());
        Assert.Equal(["x", "y", "z"], plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToArray());
        Assert.True(plot.Axes.GetLimits().Top < plot.Axes.GetLimits().Bottom);
    }

    private static int ErrorBars(PlotSpec spec)
    {
        using Plot plot = PlotRenderer.Build(spec, PlotLayout.Default);
        return plot.GetPlottables().OfType<ScottPlot.Plottables.ErrorBar>().Count();
    }

    private static string[] LegendTexts(PlotSpec spec)
    {
        using Plot plot = PlotRenderer.Build(spec, PlotLayout.Default);
        return [.. plot.GetPlottables().SelectMany(p => p.LegendItems).Select(l => l.LabelText).Where(t => !string.IsNullOrEmpty(t))];
    }
}
