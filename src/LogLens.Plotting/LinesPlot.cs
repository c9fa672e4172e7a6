using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>Series over steps: optional right axis, shaded flagged region, dashed reference line.</summary>
internal static class LinesPlot
{
    /// <summary>Points above which markers are dropped and only the line is drawn.</summary>
    private const int MarkerLimit = 60;

    public static void Draw(Plot plot, PlotSpec spec)
    {
        string font = PlotStyle.Apply(plot, spec, spec.XLabel, spec.YLabel);
        AddShade(plot, spec);

        int drawn = 0;
        bool right = false;
        for (int i = 0; i < spec.Series.Length; i++)
        {
            PlotSeries series = spec.Series[i];
            var (x, y, _) = FiniteData.Pairs(series.X, series.Y);
            if (x.Length == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(x, y, PlotStyle.SeriesColor(i));
            line.LineWidth = 2.5f;
            line.MarkerSize = x.Length > MarkerLimit ? 0 : 6;
            line.LegendText = series.RightAxis ? series.Label + " (right axis)" : series.Label;
            if (series.RightAxis)
            {
                line.Axes.YAxis = plot.Axes.Right;
                right = true;
            }

            drawn++;
        }

        if (right)
        {
            plot.Axes.Right.Label.Text = spec.RightYLabel ?? string.Empty;
            plot.Axes.Right.Label.FontSize = 16;
        }

        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            var reference = plot.Add.HorizontalLine(spec.ReferenceLine!.Value, 1.5f, PlotStyle.Neutral, LinePattern.Dashed);
            reference.LegendText = "reference";
        }

        // The flagged region is named in the legend, so a shaded plot always shows one.
        if (drawn == 0)
        {
            PlotStyle.AddEmptyNotice(plot, font);
        }

        if (drawn > 1 || (drawn > 0 && spec.Shade is not null))
        {
            PlotStyle.ShowLegend(plot);
        }
        else
        {
            plot.HideLegend();
        }

        if (!string.IsNullOrWhiteSpace(spec.Note))
        {
            // Head-room above the data so the pinned note does not sit on the curves.
            plot.Axes.Margins(0.03, 0.03, 0.05, 0.22);
        }

        PlotStyle.AddNote(plot, spec, Alignment.UpperLeft);
    }

    private static void AddShade(Plot plot, PlotSpec spec)
    {
        if (spec.Shade is not { } shade || !double.IsFinite(shade.From) || !double.IsFinite(shade.To))
        {
            return;
        }

        double from = Math.Min(shade.From, shade.To);
        double to = Math.Max(shade.From, shade.To);
        var span = plot.Add.HorizontalSpan(from, to, PlotStyle.Flag.WithAlpha(0.14));
        span.LineColor = PlotStyle.Flag.WithAlpha(0.5);
        span.LegendText = "flagged region";
    }
}
