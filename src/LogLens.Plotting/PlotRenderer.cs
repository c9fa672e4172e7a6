using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>
/// Renders a Core <see cref="PlotSpec"/> to PNG or SVG with ScottPlot. Stateless and deterministic:
/// the same spec gives the same PNG bytes. Non-finite values are skipped, never thrown on.
/// </summary>
public sealed class PlotRenderer
{
    /// <summary>Default image width in pixels.</summary>
    public const int DefaultWidth = 1200;

    /// <summary>Default image height in pixels.</summary>
    public const int DefaultHeight = 700;

    private PlotRenderer(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        Width = width;
        Height = height;
    }

    /// <summary>The renderer at 1200×700 pixels.</summary>
    public static PlotRenderer Default { get; } = new(DefaultWidth, DefaultHeight);

    /// <summary>Image width in pixels.</summary>
    public int Width { get; }

    /// <summary>Image height in pixels.</summary>
    public int Height { get; }

    /// <summary>A renderer drawing at another size.</summary>
    public static PlotRenderer WithSize(int width, int height) => new(width, height);

    /// <summary>Writes <paramref name="spec"/> to <paramref name="path"/> (parent folders are created).</summary>
    public void Render(PlotSpec spec, string path, PlotFormat format)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (format == PlotFormat.Svg)
        {
            File.WriteAllText(path, RenderSvg(spec));
            return;
        }

        using Plot plot = Build(spec, Layout);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The PNG bytes, e.g. to embed in a self-contained HTML report.</summary>
    public byte[] RenderPng(PlotSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using Plot plot = Build(spec, Layout);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The SVG document text; deterministic (clip-path ids renumbered, see <see cref="SvgIds"/>).</summary>
    public string RenderSvg(PlotSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using Plot plot = Build(spec, Layout);
        return SvgIds.Normalize(plot.GetSvgXml(Width, Height));
    }

    /// <summary>Font sizes and text lengths for this renderer's size.</summary>
    internal PlotLayout Layout => new(Width, Height);

    /// <summary>The ScottPlot plot of <paramref name="spec"/> laid out for <paramref name="layout"/> (internal: tests inspect its axes).</summary>
    internal static Plot Build(PlotSpec spec, PlotLayout layout)
    {
        var plot = new Plot();
        switch (spec.Kind)
        {
            case PlotKind.Spread:
                SpreadPlot.Draw(plot, spec, layout);
                break;
            case PlotKind.Forest:
                ForestPlot.Draw(plot, spec, layout);
                break;
            case PlotKind.Scatter:
                ScatterPlot.Draw(plot, spec, layout);
                break;
            default:
                LinesPlot.Draw(plot, spec, layout);
                break;
        }

        return plot;
    }
}
