using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>
/// Lays categories out on the vertical axis, first category at the top, so long config names stay
/// readable; values run along the horizontal axis. Shared by spread and forest plots.
/// </summary>
internal static class CategoryAxis
{
    /// <summary>Vertical position of category <paramref name="index"/> of <paramref name="count"/>.</summary>
    public static double Position(int index, int count) => count - 1 - index;

    /// <summary>Sets the category ticks (truncated, flagged ones marked) and the vertical limits.</summary>
    public static void Apply(Plot plot, IReadOnlyList<PlotCategory> categories)
    {
        int n = categories.Count;
        var positions = new double[n];
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            positions[i] = Position(i, n);
            string label = PlotStyle.TickLabel(categories[i].Label);
            labels[i] = categories[i].Highlight ? "▶ " + label : label;
        }

        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.7, Math.Max(n, 1) - 0.3);
    }

    /// <summary>Draws an estimate marker with its horizontal CI; skips what is not finite.</summary>
    public static void AddEstimate(Plot plot, PlotCategory category, double y, Color color, MarkerShape shape, string legend)
    {
        if (!double.IsFinite(category.Estimate))
        {
            return;
        }

        double low = double.IsFinite(category.Low) ? Math.Max(0, category.Estimate - category.Low) : 0;
        double high = double.IsFinite(category.High) ? Math.Max(0, category.High - category.Estimate) : 0;
        if (low > 0 || high > 0)
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
    }

    /// <summary>Draws the dashed vertical reference line (0 for gains), when finite.</summary>
    public static void AddReference(Plot plot, PlotSpec spec, string legend)
    {
        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            var line = plot.Add.VerticalLine(spec.ReferenceLine!.Value, 1.5f, PlotStyle.Neutral, LinePattern.Dashed);
            line.LegendText = legend;
        }
    }

    /// <summary>The horizontal range of all finite estimates, bounds and points, padded; null when empty.</summary>
    public static void FitX(Plot plot, PlotSpec spec)
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
    }
}
