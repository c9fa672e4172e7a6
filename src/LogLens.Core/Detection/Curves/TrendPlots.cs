using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;

namespace LogLens.Core.Detection.Curves;

/// <summary>Line plots shared by the checkpoint-series detectors (LL101, LL103, LL301, LL304).</summary>
internal static class TrendPlots
{
    /// <summary>"eval/loss (lower is better)".</summary>
    public static string AxisLabel(MetricDefinition definition) =>
        $"{definition.Name} ({(definition.HigherIsBetter ? "higher" : "lower")} is better)";

    /// <summary>A stable plot name: code, run and metric.</summary>
    public static string Name(FindingDescriptor descriptor, string run, string metric) => descriptor.PlotName($"{run}-{metric}");

    /// <summary>Proxy on the left axis, business on the right, the flagged steps shaded.</summary>
    public static PlotSpec ProxyBusiness(FindingDescriptor descriptor, TrendPair pair, string message, (double From, double To) shade, string note) =>
        new PlotSpec(Name(descriptor, pair.RunId, pair.Business.Name), PlotKind.Lines, descriptor.PlotTitle(message), "step", AxisLabel(pair.ProxyDefinition))
        {
            RightYLabel = AxisLabel(pair.BusinessDefinition),
            Series =
            [
                new PlotSeries(pair.Proxy.Name, pair.Proxy.Steps, pair.Proxy.Values),
                new PlotSeries(pair.Business.Name, pair.Business.Steps, pair.Business.Values, RightAxis: true),
            ],
            Shade = shade,
            Note = note,
        };

    /// <summary>A marker on the business (right-axis) series at checkpoint <paramref name="index"/>: "best eval/accuracy (step 100)".</summary>
    public static PlotMarker Checkpoint(string what, CheckpointSeries series, int index) =>
        new($"{what} (step {MessageNumbers.Step(series.Steps[index])})", series.Steps[index], series.Values[index], RightAxis: true);
}
