using LogLens.Core.Plots;

namespace LogLens.Plotting.Tests;

public sealed class PlotRendererTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "loglens-plot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(PlotKind.Lines)]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    [InlineData(PlotKind.Scatter)]
    public void Every_kind_is_written_as_a_1200_by_700_png(PlotKind kind)
    {
        string path = Path.Combine(folder, "plots", kind + ".png");

        PlotRenderer.Default.Render(Sample(kind), path, PlotFormat.Png);

        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(Png.HasSignature(bytes));
        Assert.Equal((1200, 700), Png.Size(bytes));
    }

    [Theory]
    [InlineData(PlotKind.Lines)]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    [InlineData(PlotKind.Scatter)]
    public void Nan_and_infinity_in_every_number_still_render(PlotKind kind)
    {
        PlotSpec spec = SampleSpecs.NonFinite().Single(s => s.Kind == kind);

        byte[] bytes = PlotRenderer.Default.RenderPng(spec);

        Assert.True(Png.HasSignature(bytes));
    }

    [Theory]
    [InlineData(PlotKind.Lines)]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    [InlineData(PlotKind.Scatter)]
    public void Empty_series_and_no_categories_still_render(PlotKind kind)
    {
        PlotSpec spec = SampleSpecs.Empty().Single(s => s.Kind == kind);

        byte[] bytes = PlotRenderer.Default.RenderPng(spec);

        Assert.True(Png.HasSignature(bytes));
    }

    [Theory]
    [InlineData(PlotKind.Lines)]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    [InlineData(PlotKind.Scatter)]
    public void The_same_spec_gives_identical_png_bytes(PlotKind kind)
    {
        byte[] first = PlotRenderer.Default.RenderPng(Sample(kind));
        byte[] second = PlotRenderer.Default.RenderPng(Sample(kind));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_specs_give_different_pngs()
    {
        PlotSpec spec = SampleSpecs.Forest();

        byte[] first = PlotRenderer.Default.RenderPng(spec);
        byte[] second = PlotRenderer.Default.RenderPng(spec with { Title = "another title" });

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Svg_is_written_with_the_title_in_it()
    {
        string path = Path.Combine(folder, "lines.svg");

        PlotRenderer.Default.Render(SampleSpecs.Lines(), path, PlotFormat.Svg);

        string svg = File.ReadAllText(path);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("LL301", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renderer_with_another_size_writes_that_size()
    {
        byte[] bytes = PlotRenderer.WithSize(640, 480).RenderPng(SampleSpecs.Spread());

        Assert.Equal((640, 480), Png.Size(bytes));
    }

    [Fact]
    public void Markup_in_labels_is_escaped_in_svg()
    {
        PlotSpec spec = SampleSpecs.Scatter() with { Title = "LL303 <script>alert(1)</script>" };

        string svg = PlotRenderer.Default.RenderSvg(spec);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_with_x_and_y_of_different_lengths_render_the_common_part()
    {
        PlotSpec spec = SampleSpecs.Lines() with { Series = [new PlotSeries("short y", [1, 2, 3, 4], [1, 2])] };

        byte[] bytes = PlotRenderer.Default.RenderPng(spec);

        Assert.True(Png.HasSignature(bytes));
    }

    [Fact]
    public void Cjk_run_names_render_even_without_a_cjk_font()
    {
        PlotSpec spec = SampleSpecs.Spread() with { Title = "LL601 种子噪声: 学习率", Categories = [new PlotCategory("运行-一", 1, 0.5, 1.5, [0.8, 1.2])] };

        byte[] bytes = PlotRenderer.Default.RenderPng(spec);

        Assert.True(Png.HasSignature(bytes));
    }

    private static PlotSpec Sample(PlotKind kind) => SampleSpecs.All().Single(s => s.Kind == kind);
}
