using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LogLens.Core.Configuration;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Noise;

/// <summary>Inputs and plots shared by the seed-noise detectors (LL601, LL602, LL607): business metrics only.</summary>
internal static class NoiseInputs
{
    /// <summary>Business metrics, ordinal; proxies are not used as a fallback (noise in a proxy is not the question).</summary>
    public static ImmutableArray<MetricDefinition> BusinessMetrics(AnalysisContext context) => context.Runs.MetricsWithRole(MetricRole.Business);

    /// <summary>The group's values as goodness (larger is better).</summary>
    public static double[] Goodness(GroupValues group, MetricDefinition metric) => [.. group.Values.Select(metric.Goodness)];

    /// <summary>A seed-spread plot: one category per config (mean ± t-CI of raw values, seed points).</summary>
    public static PlotSpec SpreadPlot(FindingDescriptor descriptor, string metric, string dataset, IEnumerable<GroupValues> groups, string title,
        string? highlight = null, string? note = null)
    {
        var shown = groups.ToList();
        ImmutableArray<string> labels = ConfigLabels.Differing([.. shown.Select(g => g.ConfigKey)]);
        return new(descriptor.PlotName($"{dataset}-{metric}"), PlotKind.Spread, descriptor.PlotTitle(title), "config", $"{metric} ({dataset})")
        {
            Categories =
            [
                .. shown.Select((g, i) =>
                {
                    Interval ci = Descriptive.MeanConfidenceInterval(g.Values);
                    return new PlotCategory(labels[i], g.Mean, ci.Low, ci.High, g.Values, g.ConfigKey == highlight);
                }),
            ],
            Note = note,
        };
    }

    /// <summary>Invariant-culture formatting of one message written as consecutive pieces (so long ones wrap in code).</summary>
    public static string Format(params FormattableString[] pieces)
    {
        var text = new StringBuilder();
        foreach (FormattableString piece in pieces)
        {
            text.Append(piece.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
