using LogLens.Core.Plots;
using SkiaSharp;

namespace LogLens.Plotting.Tests;

public sealed class ThumbnailTests
{
    [Theory]
    [InlineData(PlotKind.Lines)]
    [InlineData(PlotKind.Spread)]
    [InlineData(PlotKind.Forest)]
    [InlineData(PlotKind.Scatter)]
    public void A_thumbnail_draws_nothing_on_its_outer_edge_so_no_title_or_axis_label_is_clipped(PlotKind kind)
    {
        PlotSpec spec = SampleSpecs.All().Single(s => s.Kind == kind) with
        {
            Title = "LL304: Run support-bot/lr-3e-5_r-8/seed-1: the checkpoint picked by eval/loss (step 1500) loses 0.0305 eval/task_success",
        };

        byte[] png = PlotRenderer.WithSize(480, 280).RenderPng(spec);

        Assert.Empty(DarkEdgePixels(png));
    }

    [Fact]
    public void A_thumbnail_uses_the_compact_layout_and_a_full_size_plot_does_not()
    {
        Assert.True(PlotRenderer.WithSize(480, 280).Layout.Compact);
        Assert.False(PlotRenderer.Default.Layout.Compact);
        Assert.True(PlotRenderer.WithSize(480, 280).Layout.TitleLine < PlotStyle.TitleLine);
    }

    private static List<(int X, int Y)> DarkEdgePixels(byte[] png)
    {
        using SKBitmap bitmap = SKBitmap.Decode(png);
        var dark = new List<(int, int)>();
        for (int x = 0; x < bitmap.Width; x++)
        {
            foreach (int y in new[] { 0, bitmap.Height - 1 })
            {
                if (IsDark(bitmap.GetPixel(x, y)))
                {
                    dark.Add((x, y));
                }
            }
        }

        for (int y = 0; y < bitmap.Height; y++)
        {
            foreach (int x in new[] { 0, bitmap.Width - 1 })
            {
                if (IsDark(bitmap.GetPixel(x, y)))
                {
                    dark.Add((x, y));
                }
            }
        }

        return dark;
    }

    private static bool IsDark(SKColor c) => c.Alpha > 0 && (c.Red + c.Green + c.Blue) / 3 < 160;
}
