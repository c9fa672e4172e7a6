namespace LogLens.Plotting;

/// <summary>
/// Font sizes and text lengths for one image size. At the default 1200×700 the full sizes; below 800×450
/// (report thumbnails are 480×280) a compact set whose title, axis labels and category ticks are shortened to
/// what fits, so nothing is clipped at the image edges.
/// </summary>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
internal sealed record PlotLayout(int Width, int Height)
{
    /// <summary>DejaVu Sans' mean glyph width as a share of the font size (measured on config names and titles).</summary>
    private const double GlyphWidth = 0.62;

    /// <summary>The default-size layout.</summary>
    public static PlotLayout Default { get; } = new(PlotRenderer.DefaultWidth, PlotRenderer.DefaultHeight);

    /// <summary>True for thumbnail-sized images.</summary>
    public bool Compact => Width < 800 || Height < 450;

    public float TitleSize => Compact ? 12 : 19;

    public float LabelSize => Compact ? 10 : 16;

    public float TickSize => Compact ? 9 : 13;

    public float LegendSize => Compact ? 9 : 13;

    public float NoteSize => Compact ? 9 : 13;

    /// <summary>Title characters per line (two lines at most).</summary>
    public int TitleLine => Math.Min(PlotStyle.TitleLine, Fit(Width - 24, TitleSize));

    /// <summary>Longest category tick line.</summary>
    public int TickLabel => Compact ? 24 : PlotStyle.MaxTickLabel;

    /// <summary>Longest label of the horizontal axis.</summary>
    public int HorizontalLabel => Fit(Width - 40, LabelSize);

    /// <summary>Longest label of a vertical axis.</summary>
    public int VerticalLabel => Fit(Height - 40, LabelSize);

    private static int Fit(int pixels, float fontSize) => Math.Max(12, (int)(pixels / (fontSize * GlyphWidth)));
}
