namespace LogLens.Plotting;

/// <summary>The image formats <see cref="PlotRenderer"/> writes.</summary>
public enum PlotFormat
{
    /// <summary>A raster PNG (the report's default).</summary>
    Png,

    /// <summary>A vector SVG (<c>--svg</c>).</summary>
    Svg,
}
