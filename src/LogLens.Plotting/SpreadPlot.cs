using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>Per-category raw points (one per seed) with the mean and its CI: seed spread per config.</summary>
internal static class SpreadPlot
{
    public static void Draw(Plot plot, PlotSpec original, PlotLayout layout)
    {
        (PlotSpec spec, bool log) = CategoryAxis.Scaled(original);

        // Categories run down the vertical axis, so the value label goes on the horizontal one.
        string font = PlotStyle.Apply(plot, spec, layout, spec.YLabel, spec.XLabel);
        int n = spec.Categories.Length;
        bool pointsLabelled = false;
        ScottPlot.Plottables.Marker? mean = null, flagged = null;
        bool anyBar = false;
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
            var marker = CategoryAxis.AddEstimate(plot, category, y, color, MarkerShape.FilledDiamond, string.Empty);
            anyBar |= marker is not null && !CategoryAxis.SingleRun(category) && double.IsFinite(category.Low + category.High);
            if (category.Highlight)
            {
                flagged ??= marker;
            }
            else
            {
                mean ??= marker;
            }
        }

        // Named once each, after the loop: "and 95% CI" only when some bar was drawn.
        string what = anyBar ? "mean and 95% CI" : "mean";
        mean?.LegendText = what;
        flagged?.LegendText = CategoryAxis.FlagLegend(spec, what);
        if (!spec.Categories.Any(c => double.IsFinite(c.Estimate) || c.Points.Any(double.IsFinite)))
        {
            PlotStyle.AddEmptyNotice(plot, font);
        }

        CategoryAxis.AddReference(plot, spec, "reference");
        CategoryAxis.Apply(plot, spec.Categories, layout);
        CategoryAxis.FitX(plot, spec, log);
        CategoryAxis.Legend(plot, spec);
        PlotStyle.AddNote(plot, spec, layout, Alignment.UpperRight);
    }

    /// <summary>Deterministic vertical offsets so repeated values stay visible (no random jitter: same spec, same bytes).</summary>
    private static double[] Jitter(double y, int count)
    {
        double step = Math.Min(0.08, 0.5 / count);
        return [.. Enumerable.Range(0, count).Select(j => y + ((j - ((count - 1) / 2.0)) * step))];
    }
}
