using LogLens.Core.Plots;

namespace LogLens.Core.Reporting;

/// <summary>
/// Draws a <see cref="PlotSpec"/> for a report (LogLens.Plotting's <c>ReportPlotRenderer</c> with ScottPlot). Core
/// plans the plots and writes the files; the renderer only turns a spec into bytes. Must be deterministic and safe
/// to call from several threads at once.
/// </summary>
public interface IPlotRenderer
{
    /// <summary>The PNG bytes of <paramref name="plot"/> at <paramref name="size"/> (full size or thumbnail).</summary>
    byte[] RenderPng(PlotSpec plot, PlotSize size);

    /// <summary>The SVG document of <paramref name="plot"/> at full size.</summary>
    string RenderSvg(PlotSpec plot);
}
