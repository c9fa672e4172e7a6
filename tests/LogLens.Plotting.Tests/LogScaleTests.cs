using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting.Tests;

public sealed class LogScaleTests
{
    [Fact]
    public void Five_decades_of_positive_values_are_log_and_one_decade_is_linear()
    {
        Assert.True(LogScale.Applies([3.5e6, 4e4, 900, 30]));
        Assert.False(LogScale.Applies([3, 10, 30]));
    }

    [Fact]
    public void A_value_at_or_below_zero_keeps_the_axis_linear_however_wide_the_span()
    {
        Assert.False(LogScale.Applies([3.5e6, 30, 0]));
        Assert.False(LogScale.Applies([3.5e6, 30, -1]));
    }

    [Fact]
    public void Non_finite_values_do_not_decide_the_scale() =>
        Assert.True(LogScale.Applies([double.NaN, 3.5e6, double.PositiveInfinity, 30]));

    [Theory]
    [InlineData(-3, "0.001")]
    [InlineData(-1, "0.1")]
    [InlineData(0, "1")]
    [InlineData(2, "100")]
    [InlineData(3, "1k")]
    [InlineData(5, "100k")]
    [InlineData(6, "1M")]
    [InlineData(9, "1G")]
    [InlineData(16, "1e16")]
    public void Decades_are_labelled_with_their_real_value(int exponent, string label) =>
        Assert.Equal(label, LogScale.Label(exponent));

    [Fact]
    public void A_perplexity_curve_from_millions_to_tens_gets_a_log_axis_labelled_in_real_values()
    {
        ITickGenerator ticks = LeftTicks(Perplexity(3.5e6, 30), out string label);

        string[] labels = [.. ticks.Ticks.Where(t => t.IsMajor).Select(t => t.Label)];
        Assert.Contains("1M", labels);
        Assert.Contains("100", labels);
        Assert.EndsWith(LogScale.LabelSuffix, label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curve_within_one_decade_keeps_a_linear_axis()
    {
        ITickGenerator ticks = LeftTicks(Perplexity(40, 12), out string label);

        Assert.IsNotType<ScottPlot.TickGenerators.NumericManual>(ticks);
        Assert.DoesNotContain("log scale", label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spread_of_values_over_decades_gets_a_log_value_axis()
    {
        PlotSpec spec = SampleSpecs.Spread() with
        {
            Categories = [new PlotCategory("a", 2e5, 1e5, 3e5, [1e5, 3e5]), new PlotCategory("b", 40, 30, 50, [30, 50])],
        };

        using Plot plot = PlotRenderer.Build(spec, PlotLayout.Default);
        plot.RenderInMemory(1200, 700);

        Assert.IsType<ScottPlot.TickGenerators.NumericManual>(plot.Axes.Bottom.TickGenerator);
        Assert.Contains(plot.Axes.Bottom.TickGenerator.Ticks, t => t.IsMajor && t.Label == "100k");
    }

    [Fact]
    public void A_forest_of_gains_around_zero_stays_linear()
    {
        using Plot plot = PlotRenderer.Build(SampleSpecs.Forest(), PlotLayout.Default);

        Assert.IsNotType<ScottPlot.TickGenerators.NumericManual>(plot.Axes.Bottom.TickGenerator);
    }

    private static PlotSpec Perplexity(double first, double last)
    {
        double[] steps = [.. Enumerable.Range(0, 30).Select(i => i * 100.0)];
        double[] values = [.. steps.Select((_, i) => first * Math.Pow(last / first, i / 29.0))];
        return new PlotSpec("LL101-run-perplexity", PlotKind.Lines, "perplexity", "step", "perplexity (lower is better)")
        {
            Series = [new PlotSeries("perplexity", steps, values)],
        };
    }

    private static ITickGenerator LeftTicks(PlotSpec spec, out string label)
    {
        using Plot plot = PlotRenderer.Build(spec, PlotLayout.Default);
        plot.RenderInMemory(1200, 700);
        label = plot.Axes.Left.Label.Text;
        return plot.Axes.Left.TickGenerator;
    }
}
