using LogLens.Core.Model;
using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>
/// The one look every LogLens plot shares: the Okabe–Ito colour-blind-safe palette, one explicitly
/// chosen font (<see cref="Fonts.Default"/> differs between machines), sizes and truncation.
/// </summary>
internal static class PlotStyle
{
    /// <summary>The preferred font; fallbacks are tried when it is missing or lacks glyphs (CJK run names).</summary>
    public const string PreferredFont = "DejaVu Sans";

    /// <summary>Longest category tick label before it is cut with an ellipsis.</summary>
    public const int MaxTickLabel = 36;

    /// <summary>Title characters per line; longer titles wrap onto a second line, then are cut.</summary>
    public const int TitleLine = 80;

    private static readonly string[] FallbackFonts = ["WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans", "Liberation Sans"];

    /// <summary>Okabe–Ito without yellow (too pale on white), in the order series use them.</summary>
    public static IReadOnlyList<Color> Palette { get; } = Color.FromHex(["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]);

    /// <summary>The colour of flagged things: the shaded region and highlighted categories (Okabe–Ito vermillion).</summary>
    public static Color Flag { get; } = Color.FromHex("#D55E00");

    /// <summary>Neutral grey for reference lines and raw points.</summary>
    public static Color Neutral { get; } = Color.FromHex("#555555");

    /// <summary>Series colour by index, cycling.</summary>
    public static Color SeriesColor(int index) => Palette[index % Palette.Count];

    /// <summary>Applies the font, title and axis labels shared by all kinds; returns the font chosen.</summary>
    public static string Apply(Plot plot, PlotSpec spec, PlotLayout layout, string xLabel, string yLabel)
    {
        string font = FontFor(spec);
        plot.Font.Set(font);
        plot.Title(WrapTitle(spec.Title, layout.TitleLine), layout.TitleSize);
        plot.XLabel(Truncate(xLabel, layout.HorizontalLabel), layout.LabelSize);
        plot.YLabel(Truncate(yLabel, layout.VerticalLabel), layout.LabelSize);
        foreach (IAxis axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right })
        {
            axis.TickLabelStyle.FontSize = layout.TickSize;
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.6 };
        }

        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        plot.Legend.FontSize = layout.LegendSize;
        if (layout.Compact)
        {
            // Centred on the image, not the data area, so wide category ticks do not push the title off the right edge;
            // legend items packed so the legend keeps to a row or two.
            plot.Axes.Title.FullFigureCenter = true;
            plot.Legend.TightHorizontalWrapping = true;
            plot.Legend.SymbolWidth = 12;
            plot.Legend.InterItemPadding = new PixelPadding(2, 6, 1, 1);
            plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        }

        plot.Legend.OutlineColor = Neutral.WithAlpha(0.5);
        return font;
    }

    /// <summary>Pins the spec's note in the given corner on a translucent box, in the plot's font.</summary>
    public static void AddNote(Plot plot, PlotSpec spec, PlotLayout layout, Alignment corner)
    {
        if (string.IsNullOrWhiteSpace(spec.Note))
        {
            return;
        }

        var note = plot.Add.Annotation(spec.Note, corner);
        note.LabelStyle.FontName = FontFor(spec);
        note.LabelStyle.FontSize = layout.NoteSize;
        note.LabelStyle.ForeColor = Colors.Black;
        note.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.85);
        note.LabelStyle.BorderColor = Neutral.WithAlpha(0.6);
        note.LabelStyle.ShadowColor = Colors.Transparent;
    }

    /// <summary>Says so in the middle of the plot when there was nothing finite to draw.</summary>
    public static void AddEmptyNotice(Plot plot, string font)
    {
        var notice = plot.Add.Annotation("no finite data to plot", Alignment.MiddleCenter);
        notice.LabelStyle.FontName = font;
        notice.LabelStyle.FontSize = 16;
        notice.LabelStyle.ForeColor = Neutral;
        notice.LabelStyle.BackgroundColor = Colors.White;
        notice.LabelStyle.BorderColor = Colors.Transparent;
        notice.LabelStyle.ShadowColor = Colors.Transparent;
    }

    /// <summary>Shows the legend below the data area, where it cannot hide data.</summary>
    public static void ShowLegend(Plot plot) => plot.ShowLegend(Edge.Bottom);

    /// <summary>Wraps a long title at a space onto a second line of at most <paramref name="line"/> characters; anything beyond two lines is cut.</summary>
    public static string WrapTitle(string title, int line = TitleLine)
    {
        string text = title.ReplaceLineEndings(" ");
        if (text.Length <= line)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', line);
        cut = cut < line / 2 ? line : cut;
        return text[..cut].TrimEnd() + "\n" + Truncate(text[cut..].Trim(), line);
    }

    /// <summary>Most lines of a wrapped category tick label.</summary>
    public const int MaxTickLines = 3;

    /// <summary>
    /// A category tick label: short labels as they are; a longer one made of ", "-separated parts (the
    /// differing parameters of <see cref="ConfigLabels"/>) wraps between parts onto up to
    /// <see cref="MaxTickLines"/> lines of at most <paramref name="max"/> characters. A part too long for one line
    /// breaks after its "=" (name on one line, value on the next); what is still too long loses its middle, never its end,
    /// so labels that differ only at the end ("…/bloom-1b1", "…/bloom-3b") stay distinct.
    /// </summary>
    public static string TickLabel(string label, int max = MaxTickLabel)
    {
        var lines = new List<string>();
        foreach (string part in label.Split(", "))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (part.Length > max && eq > 0 && eq < part.Length - 1)
            {
                lines.Add(Shorten(part[..(eq + 1)], max));
                lines.Add(Shorten(part[(eq + 1)..], max));
            }
            else if (lines.Count > 0 && lines[^1].Length + 2 + part.Length <= max)
            {
                lines[^1] += ", " + part;
            }
            else
            {
                lines.Add(Shorten(part, max));
            }
        }

        var shown = lines.Take(MaxTickLines).ToList();
        if (lines.Count > MaxTickLines)
        {
            shown[^1] = Truncate(shown[^1] + ", …", max);
        }

        return string.Join("\n", shown);
    }

    /// <summary>Text longer than <paramref name="max"/> characters keeps its start and its end around an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        int head = (max - 1) / 3;
        return string.Concat(text.AsSpan(0, head), "…", text.AsSpan(text.Length - (max - 1 - head)));
    }

    /// <summary>Cuts text longer than <paramref name="max"/> characters, ending with an ellipsis.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>
    /// The preferred font when it covers every character of the spec's text, else the first installed fallback
    /// that does, else ScottPlot's detection for that text, else the preferred font (drawing boxes for what
    /// no installed font covers, e.g. CJK without fonts-wqy-microhei).
    /// </summary>
    public static string FontFor(PlotSpec spec)
    {
        // Control characters (the note's line breaks) have no glyph in any font; leave them out of the check.
        string text = new([.. string.Concat(AllText(spec)).Where(c => !char.IsControl(c))]);
        string primary = Installed(PreferredFont) ? PreferredFont : Fonts.Sans;
        if (Covers(primary, text))
        {
            return primary;
        }

        foreach (string candidate in FallbackFonts)
        {
            if (Installed(candidate) && Covers(candidate, text))
            {
                return candidate;
            }
        }

        string detected = Fonts.Detect(text);
        return string.IsNullOrEmpty(detected) ? primary : detected;
    }

    /// <summary>Skia substitutes a default family for a missing one, so compare the family it resolved.</summary>
    private static bool Installed(string font) =>
        string.Equals(Fonts.GetTypeface(font, false, false)?.FamilyName, font, StringComparison.OrdinalIgnoreCase);

    private static bool Covers(string font, string text) =>
        Fonts.CountMissingGlyphs(font, Fonts.GetStandaloneCodePoints(text)) == 0;

    private static IEnumerable<string> AllText(PlotSpec spec)
    {
        yield return spec.Title;
        yield return spec.XLabel;
        yield return spec.YLabel;
        yield return spec.RightYLabel ?? string.Empty;
        yield return spec.Note ?? string.Empty;
        foreach (PlotSeries s in spec.Series)
        {
            yield return s.Label;
            foreach (string label in s.PointLabels ?? [])
            {
                yield return label;
            }
        }

        foreach (PlotCategory c in spec.Categories)
        {
            yield return c.Label;
        }
    }
}
