using LogLens.Core.Plots;
using ScottPlot;

namespace LogLens.Plotting;

/// <summary>
/// Series over steps: optional right axis, shaded flagged region, dashed reference line, named markers; each y axis
/// is logarithmic when its values span more than two decades (<see cref="LogScale"/>).
/// </summary>
internal static class LinesPlot
{
    /// <summary>Points above which markers are dropped and only the line is drawn.</summary>
    private const int MarkerLimit = 60;

    /// <summary>Marker shapes of <see cref="PlotSpec.Markers"/>, in order.</summary>
    private static readonly MarkerShape[] Shapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledDiamond, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp];

    public static void Draw(Plot plot, PlotSpec spec, PlotLayout layout)
    {
        string font = PlotStyle.Apply(plot, spec, layout, spec.XLabel, spec.YLabel);
        AddShade(plot, spec);
        bool logLeft = !spec.RankAxis && LogScale.Applies(AxisValues(spec, right: false));
        bool logRight = LogScale.Applies(AxisValues(spec, right: true));
        var drawnLeft = new List<double>();
        var drawnRight = new List<double>();

        int drawn = 0;
        bool right = false;
        for (int i = 0; i < spec.Series.Length; i++)
        {
            PlotSeries series = spec.Series[i];
            bool log = series.RightAxis ? logRight : logLeft;
            var (x, y, _) = FiniteData.Pairs(series.X, log ? LogScale.Log(series.Y) : series.Y);
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

            (series.RightAxis ? drawnRight : drawnLeft).AddRange(y);
            drawn++;
        }

        if (right)
        {
            plot.Axes.Right.Label.Text = PlotStyle.Truncate(spec.RightYLabel ?? string.Empty, layout.VerticalLabel);
            plot.Axes.Right.Label.FontSize = layout.LabelSize;
        }

        if (FiniteData.IsFinite(spec.ReferenceLine))
        {
            double at = logLeft ? LogScale.Log(spec.ReferenceLine!.Value) : spec.ReferenceLine!.Value;
            var reference = plot.Add.HorizontalLine(at, 1.5f, PlotStyle.Neutral, LinePattern.Dashed);
            reference.LegendText = "reference";
            drawnLeft.Add(at);
        }

        AddMarkers(plot, spec, logLeft, logRight);

        // The flagged region is named in the legend, so a shaded plot always shows one.
        if (drawn == 0)
        {
            PlotStyle.AddEmptyNotice(plot, font);
        }

        if (drawn > 1 || (drawn > 0 && (spec.Shade is not null || !spec.Markers.IsEmpty)))
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

        if (logLeft)
        {
            LogScale.Apply(plot.Axes.Left, drawnLeft);
        }

        if (logRight && right)
        {
            LogScale.Apply(plot.Axes.Right, drawnRight);
        }

        ApplyCategories(plot, spec, layout);
        PlotStyle.AddNote(plot, spec, layout, Alignment.UpperLeft);
    }

    /// <summary>Every value drawn against one y axis: its series, the reference line (left) and the markers.</summary>
    private static IEnumerable<double> AxisValues(PlotSpec spec, bool right)
    {
        var values = spec.Series.Where(s => s.RightAxis == right).SelectMany(s => FiniteData.Pairs(s.X, s.Y).Y)
            .Concat(spec.Markers.Where(m => m.RightAxis == right).Select(m => m.Y));
        return !right && FiniteData.IsFinite(spec.ReferenceLine) ? values.Append(spec.ReferenceLine!.Value) : values;
    }

    private static void AddMarkers(Plot plot, PlotSpec spec, bool logLeft, bool logRight)
    {
        for (int i = 0; i < spec.Markers.Length; i++)
        {
            PlotMarker m = spec.Markers[i];
            double y = (m.RightAxis ? logRight : logLeft) ? LogScale.Log(m.Y) : m.Y;
            if (!double.IsFinite(m.X) || !double.IsFinite(y))
            {
                continue;
            }

            var marker = plot.Add.Marker(m.X, y, Shapes[i % Shapes.Length], 16, Colors.Black);
            marker.MarkerStyle.OutlineColor = Colors.White;
            marker.MarkerStyle.OutlineWidth = 1.5f;
            marker.LegendText = m.Label;
            if (m.RightAxis)
            {
                marker.Axes.YAxis = plot.Axes.Right;
            }
        }
    }

    /// <summary>Named x positions (datasets) and a rank axis (integers, 1 at the top).</summary>
    private static void ApplyCategories(Plot plot, PlotSpec spec, PlotLayout layout)
    {
        int n = spec.XCategories.Length;
        if (n > 0)
        {
            plot.Axes.Bottom.SetTicks(
                [.. Enumerable.Range(0, n).Select(i => (double)i)],
                [.. spec.XCategories.Select(c => PlotStyle.TickLabel(c, layout.TickLabel))]);
            plot.Axes.SetLimitsX(-0.3, n - 0.7);
        }

        if (spec.RankAxis)
        {
            int max = Math.Max(1, (int)Math.Ceiling(FiniteData.Values(spec.Series.SelectMany(s => s.Y)).DefaultIfEmpty(1).Max()));
            int[] ranks = [.. Enumerable.Range(1, max)];
            plot.Axes.Left.SetTicks([.. ranks.Select(r => (double)r)], [.. ranks.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            plot.Axes.SetLimitsY(max + 0.4, 0.6);
        }
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
