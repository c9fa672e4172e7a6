using LogLens.Core.Plots;
using LogLens.Core.Reporting;

namespace LogLens.Plotting;

/// <summary>
/// The renderer reports use: full-size plots at 1200×700 pixels, thumbnails (beyond --max-plots) at 480×280, SVG at
/// full size. Stateless, deterministic and safe to call from several threads.
/// </summary>
public sealed class ReportPlotRenderer : IPlotRenderer
{
    /// <summary>Thumbnail width in pixels.</summary>
    public const int ThumbnailWidth = 480;

    /// <summary>Thumbnail height in pixels.</summary>
    public const int ThumbnailHeight = 280;

    private static readonly PlotRenderer Thumbnail = PlotRenderer.WithSize(ThumbnailWidth, ThumbnailHeight);

    private ReportPlotRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static ReportPlotRenderer Default { get; } = new();

    /// <inheritdoc />
    public byte[] RenderPng(PlotSpec plot, PlotSize size) => (size == PlotSize.Thumbnail ? Thumbnail : PlotRenderer.Default).RenderPng(plot);

    /// <inheritdoc />
    public string RenderSvg(PlotSpec plot) => PlotRenderer.Default.RenderSvg(plot);
}
