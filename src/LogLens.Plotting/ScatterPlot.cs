using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>Paired values as points, optionally labelled (proxy vs business across configs).</summary>
internal static class ScatterPlot
{
    private const int MaxPointLabel = 24;

    public static void Draw(Plot plot, PlotSpec spec, PlotLayout layout)
    {
        string font = PlotStyle.Apply(plot, spec, layout, spec.XLabel, spec.YLabel);
        bool logX = LogScale.Applies(spec.Series.SelectMany(s => FiniteData.Pairs(s.X, s.Y).X));
        bool logLeft = LogScale.Applies(spec.Series.Where(s => !s.RightAxis).SelectMany(s => FiniteData.Pairs(s.X, s.Y).Y));
        bool logRight = LogScale.Applies(spec.Series.Where(s => s.RightAxis).SelectMany(s => FiniteData.Pairs(s.X, s.Y).Y));
        var drawnX = new List<double>();
        var drawnLeft = new List<double>();
        var drawnRight = new List<double>();
        int drawn = 0;
        for (int i = 0; i < spec.Series.Length; i++)
        {
            PlotSeries series = spec.Series[i];
            bool logY = series.RightAxis ? logRight : logLeft;
            var (x, y, index) = FiniteData.Pairs(logX ? LogScale.Log(series.X) : series.X, logY ? LogScale.Log(series.Y) : series.Y);
            if (x.Length == 0)
            {
                continue;
            }

            Color color = PlotStyle.SeriesColor(i);
            var points = plot.Add.ScatterPoints(x, y, color);
            points.MarkerSize = 11;
            points.LegendText = series.Label;
            if (series.RightAxis)
            {
                points.Axes.YAxis = plot.Axes.Right;
                plot.Axes.Right.Label.Text = spec.RightYLabel ?? string.Empty;
            }

            AddPointLabels(plot, font, series, x, y, index, color);
            drawnX.AddRange(x);
            (series.RightAxis ? drawnRight : drawnLeft).AddRange(y);
            drawn++;
        }

        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            var reference = plot.Add.HorizontalLine(spec.ReferenceLine!.Value, 1.5f, PlotStyle.Neutral, LinePattern.Dashed);
            reference.LegendText = "reference";
        }

        if (drawn == 0)
        {
            PlotStyle.AddEmptyNotice(plot, font);
        }

        if (drawn > 1)
        {
            PlotStyle.ShowLegend(plot);
        }
        else
        {
            plot.HideLegend();
        }

        plot.Axes.Margins(0.12, 0.12);
        ApplyLog(plot, logX, drawnX, logLeft, drawnLeft, logRight, drawnRight);
        PlotStyle.AddNote(plot, spec, layout, Alignment.UpperLeft);
    }

    private static void ApplyLog(Plot plot, bool logX, List<double> x, bool logLeft, List<double> left, bool logRight, List<double> right)
    {
        if (logX)
        {
            LogScale.Apply(plot.Axes.Bottom, x);
        }

        if (logLeft)
        {
            LogScale.Apply(plot.Axes.Left, left);
        }

        if (logRight)
        {
            LogScale.Apply(plot.Axes.Right, right);
        }
    }

    private static void AddPointLabels(Plot plot, string font, PlotSeries series, double[] x, double[] y, int[] index, Color color)
    {
        if (series.PointLabels is not { } labels)
        {
            return;
        }

        // Points in the right half are labelled on their left and points in the top half below them, so labels
        // near the edges are not clipped.
        double middle = (x.Min() + x.Max()) / 2, halfway = (y.Min() + y.Max()) / 2;
        for (int j = 0; j < x.Length; j++)
        {
            if (index[j] >= labels.Length || string.IsNullOrEmpty(labels[index[j]]))
            {
                continue;
            }

            bool left = x.Length > 1 && x[j] > middle, below = x.Length > 1 && y[j] > halfway;
            var text = plot.Add.Text(PlotStyle.TickLabel(labels[index[j]], MaxPointLabel), x[j], y[j]);
            text.LabelStyle.FontName = font;
            text.LabelStyle.FontSize = 12;
            text.LabelStyle.ForeColor = color;
            text.LabelStyle.Alignment = (left, below) switch
            {
                (true, true) => Alignment.UpperRight,
                (true, false) => Alignment.LowerRight,
                (false, true) => Alignment.UpperLeft,
                _ => Alignment.LowerLeft,
            };
            text.OffsetX = left ? -7 : 7;
            text.OffsetY = below ? 5 : -5;
            if (series.RightAxis)
            {
                text.Axes.YAxis = plot.Axes.Right;
            }
        }
    }
}
