using LogLens.Core.Plots;

namespace LogLens.Plotting.Tests;

public sealed class SvgDeterminismTests
{
    [Theory]
    [InlineData(PlotKind.Lines)]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    [InlineData(PlotKind.Scatter)]
    public void The_same_spec_gives_identical_svg_text_whatever_was_drawn_before(PlotKind kind)
    {
        PlotSpec spec = SampleSpecs.All().Single(s => s.Kind == kind);

        string first = PlotRenderer.Default.RenderSvg(spec);
        foreach (PlotSpec other in SampleSpecs.All())
        {
            PlotRenderer.Default.RenderSvg(other);
        }

        Assert.Equal(first, PlotRenderer.Default.RenderSvg(spec));
    }

    [Fact]
    public void Clip_path_ids_are_renumbered_from_1_in_order_of_first_use()
    {
        string svg = "<clipPath id=\"cl_3c\"/><g clip-path=\"url(#cl_3c)\"/><clipPath id=\"cl_7\"/><g clip-path=\"url(#cl_7)\"/>";

        Assert.Equal("<clipPath id=\"cl_1\"/><g clip-path=\"url(#cl_1)\"/><clipPath id=\"cl_2\"/><g clip-path=\"url(#cl_2)\"/>", SvgIds.Normalize(svg));
    }
}
