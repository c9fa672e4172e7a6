using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>Per-category raw points (one per seed) with the mean and its CI: seed spread per config.</summary>
internal static class SpreadPlot
{
    public static void Draw(Plot plot, PlotSpec spec)
    {
        // Categories run down the vertical axis, so the value label goes on the horizontal one.
        string font = PlotStyle.Apply(plot, spec, spec.YLabel, spec.XLabel);
        int n = spec.Categories.Length;
        bool pointsLabelled = false, meanLabelled = false, flagLabelled = false;
        for (int i = 0; i < n; i++)
        {
            PlotCategory category = spec.Categories[i];
            double y = CategoryAxis.Position(i, n);
            double[] points = FiniteData.Values(category.Points);
            if (points.Length > 0)
            {
                var markers = plot.Add.Markers(points, Jitter(y, points.Length), MarkerShape.OpenCircle, 9, PlotStyle.Neutral);
                markers.LegendText = pointsLabelled ? string.Empty : "runs (one per seed)";
                pointsLabelled = true;
            }

            Color color = category.Highlight ? PlotStyle.Flag : PlotStyle.Palette[0];
            string legend = category.Highlight
                ? (flagLabelled ? string.Empty : "flagged: mean and 95% CI")
                : (meanLabelled ? string.Empty : "mean and 95% CI");
            CategoryAxis.AddEstimate(plot, category, y, color, MarkerShape.FilledDiamond, legend);
            if (double.IsFinite(category.Estimate))
            {
                flagLabelled |= category.Highlight;
                meanLabelled |= !category.Highlight;
            }
        }

        if (!spec.Categories.Any(c => double.IsFinite(c.Estimate) || c.Points.Any(double.IsFinite)))
        {
            PlotStyle.AddEmptyNotice(plot, font);
        }

        CategoryAxis.AddReference(plot, spec, "reference");
        CategoryAxis.Apply(plot, spec.Categories);
        CategoryAxis.FitX(plot, spec);
        if (plot.GetPlottables().Count(p => p.LegendItems.Any(l => !string.IsNullOrEmpty(l.LabelText))) > 1)
        {
            PlotStyle.ShowLegend(plot);
        }
        else
        {
            plot.HideLegend();
        }

        PlotStyle.AddNote(plot, spec, Alignment.UpperRight);
    }

    /// <summary>Deterministic vertical offsets so repeated values stay visible (no random jitter: same spec, same bytes).</summary>
    private static double[] Jitter(double y, int count)
    {
        double step = Math.Min(0.08, 0.5 / count);
        return [.. Enumerable.Range(0, count).Select(j => y + ((j - ((count - 1) / 2.0)) * step))];
    }
}
