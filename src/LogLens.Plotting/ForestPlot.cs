using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>Per-category estimate with a horizontal CI around a dashed reference line (forest plot of gains).</summary>
internal static class ForestPlot
{
    public static void Draw(Plot plot, PlotSpec original, PlotLayout layout)
    {
        (PlotSpec spec, bool log) = CategoryAxis.Scaled(original);

        // Categories run down the vertical axis, so the value label goes on the horizontal one.
        string font = PlotStyle.Apply(plot, spec, layout, spec.YLabel, spec.XLabel);
        int n = spec.Categories.Length;
        bool labelled = false, flagLabelled = false;
        for (int i = 0; i < n; i++)
        {
            PlotCategory category = spec.Categories[i];
            double y = CategoryAxis.Position(i, n);
            double[] points = FiniteData.Values(category.Points);
            if (points.Length > 0)
            {
                plot.Add.Markers(points, [.. points.Select(_ => y)], MarkerShape.OpenCircle, 7, PlotStyle.Neutral.WithAlpha(0.6));
            }

            Color color = category.Highlight ? PlotStyle.Flag : PlotStyle.Palette[0];
            string legend = category.Highlight
                ? (flagLabelled ? string.Empty : CategoryAxis.FlagLegend(spec, "estimate and 95% CI"))
                : (labelled ? string.Empty : "estimate and 95% CI");
            if (CategoryAxis.AddEstimate(plot, category, y, color, MarkerShape.FilledSquare, legend) is not null)
            {
                flagLabelled |= category.Highlight;
                labelled |= !category.Highlight;
            }
        }

        if (!spec.Categories.Any(c => double.IsFinite(c.Estimate) || c.Points.Any(double.IsFinite)))
        {
            PlotStyle.AddEmptyNotice(plot, font);
        }

        CategoryAxis.AddReference(plot, spec, "no difference");
        CategoryAxis.Apply(plot, spec.Categories, layout);
        CategoryAxis.FitX(plot, spec, log);
        CategoryAxis.Legend(plot, spec);
        PlotStyle.AddNote(plot, spec, layout, Alignment.UpperRight);
    }
}
