using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>
/// Lays categories out on the vertical axis, first category at the top, so long config names stay
/// readable; values run along the horizontal axis. Shared by spread and forest plots.
/// </summary>
internal static class CategoryAxis
{
    /// <summary>The one glyph that marks a highlighted category, in the tick label and in the legend.</summary>
    public const string FlagGlyph = "▶";

    /// <summary>Vertical position of category <paramref name="index"/> of <paramref name="count"/>.</summary>
    public static double Position(int index, int count) => count - 1 - index;

    /// <summary>The legend text of highlighted estimates: "▶ flagged: mean and 95% CI".</summary>
    public static string FlagLegend(PlotSpec spec, string what) => $"{FlagGlyph} {spec.FlagLegend}: {what}";

    /// <summary>
    /// The spec with its values on log₁₀ when <see cref="LogScale.Applies"/> to every estimate, bound, point and the
    /// reference line; otherwise the spec itself.
    /// </summary>
    public static (PlotSpec Spec, bool Log) Scaled(PlotSpec spec)
    {
        var values = spec.Categories.SelectMany(c => c.Points.Append(c.Estimate).Append(c.Low).Append(c.High));
        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            values = values.Append(spec.ReferenceLine!.Value);
        }

        if (!LogScale.Applies(values))
        {
            return (spec, false);
        }

        return (spec with
        {
            Categories = [.. spec.Categories.Select(c => c with
            {
                Estimate = LogScale.Log(c.Estimate), Low = LogScale.Log(c.Low), High = LogScale.Log(c.High), Points = LogScale.Log(c.Points),
            })],
            ReferenceLine = spec.ReferenceLine is { } r ? LogScale.Log(r) : null,
        }, true);
    }

    /// <summary>Sets the category ticks (shortened to the layout, flagged ones marked ▶) and the vertical limits.</summary>
    public static void Apply(Plot plot, IReadOnlyList<PlotCategory> categories, PlotLayout layout)
    {
        int n = categories.Count;
        var positions = new double[n];
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            positions[i] = Position(i, n);
            string label = PlotStyle.TickLabel(categories[i].Label, layout.TickLabel);
            labels[i] = categories[i].Highlight ? FlagGlyph + " " + label : label;
        }

        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.7, Math.Max(n, 1) - 0.3);
    }

    /// <summary>
    /// Draws an estimate marker with its horizontal CI; skips what is not finite. A category with exactly one
    /// point (one run) gets no CI bar: one run has no spread to show. Returns the marker, or null.
    /// </summary>
    public static ScottPlot.Plottables.Marker? AddEstimate(Plot plot, PlotCategory category, double y, Color color, MarkerShape shape, string legend)
    {
        if (!double.IsFinite(category.Estimate))
        {
            return null;
        }

        double low = double.IsFinite(category.Low) ? Math.Max(0, category.Estimate - category.Low) : 0;
        double high = double.IsFinite(category.High) ? Math.Max(0, category.High - category.Estimate) : 0;
        if ((low > 0 || high > 0) && !SingleRun(category))
        {
            var bar = new ScottPlot.Plottables.ErrorBar([category.Estimate], [y], [low], [high], null, null)
            {
                Color = color,
                LineWidth = 2.5f,
                CapSize = 10,
            };
            plot.Add.Plottable(bar);
        }

        var marker = plot.Add.Marker(category.Estimate, y, shape, 14, color);
        marker.LegendText = legend;
        return marker;
    }

    /// <summary>True when the category has exactly one finite point (a config with one run).</summary>
    public static bool SingleRun(PlotCategory category) => FiniteData.Values(category.Points).Length == 1;

    /// <summary>Draws the dashed vertical reference line (0 for gains), when finite.</summary>
    public static void AddReference(Plot plot, PlotSpec spec, string legend)
    {
        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            var line = plot.Add.VerticalLine(spec.ReferenceLine!.Value, 1.5f, PlotStyle.Neutral, LinePattern.Dashed);
            line.LegendText = legend;
        }
    }

    /// <summary>The horizontal range of all finite estimates, bounds and points, padded; log ticks when <paramref name="log"/>.</summary>
    public static void FitX(Plot plot, PlotSpec spec, bool log)
    {
        var values = FiniteData.Values(spec.Categories.SelectMany(c => c.Points.Append(c.Estimate).Append(c.Low).Append(c.High)));
        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            values = [.. values, spec.ReferenceLine!.Value];
        }

        if (values.Length == 0)
        {
            return;
        }

        double min = values.Min(), max = values.Max();
        double pad = max > min ? (max - min) * 0.08 : Math.Max(Math.Abs(max) * 0.05, 0.5);
        plot.Axes.SetLimitsX(min - pad, max + pad);
        if (log)
        {
            LogScale.Apply(plot.Axes.Bottom, values);
        }
    }

    /// <summary>Shows the legend when it names more than one thing or when a row is flagged (so ▶ is always explained).</summary>
    public static void Legend(Plot plot, PlotSpec spec)
    {
        int named = plot.GetPlottables().Count(p => p.LegendItems.Any(l => !string.IsNullOrEmpty(l.LabelText)));
        if (named > 1 || (named > 0 && spec.Categories.Any(c => c.Highlight)))
        {
            PlotStyle.ShowLegend(plot);
        }
        else
        {
            plot.HideLegend();
        }
    }
}
