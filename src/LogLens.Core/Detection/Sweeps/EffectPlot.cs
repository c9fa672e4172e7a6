using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Sweeps;

/// <summary>A plot of effect sizes (ω², share of variance explained beyond seed noise) with bootstrap CIs, one row per parameter.</summary>
internal static class EffectPlot
{
    /// <summary>One row: label, ω², its interval, highlighted or not.</summary>
    public static PlotCategory Row(string label, ParameterEffect effect, Interval ci, bool highlight) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{label} (q {effect.Q:0.###})"), effect.OmegaSquared, ci.Low, ci.High, [], highlight);

    /// <summary>The plot; the reference line is ω² = 0 (no effect beyond seed noise).</summary>
    public static PlotSpec Create(string name, string title, IEnumerable<PlotCategory> rows, string note) =>
        new(name, PlotKind.Spread, title, "parameter → metric", "ω² (share of variance explained beyond seed noise; bars: bootstrap 95% CI, approximate)")
        {
            Categories = [.. rows],
            ReferenceLine = 0,
            Note = note,
        };

    /// <summary>The bootstrap interval of one parameter's ω², seeded per (code, subject, parameter).</summary>
    public static Interval Interval(AnalysisContext context, EffectDesign design, FindingDescriptor descriptor, string subject, ParameterEffect effect) =>
        design.OmegaInterval(effect, context.Random(descriptor, subject + "|ci|" + effect.Parameter), Resamples(context));

    /// <summary>Bootstrap resamples for effect-size intervals (capped: they are for the plot and the evidence).</summary>
    public static int Resamples(AnalysisContext context) => Math.Min(context.Options.Resamples, 1000);
}
