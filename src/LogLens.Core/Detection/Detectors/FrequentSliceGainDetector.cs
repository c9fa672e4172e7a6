using System.Collections.Immutable;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Detection.Slices;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL202 GainOnlyOnFrequentSlice. Along the parameter that moves the overall metric most (q ≤ α, ω² ≥ 0.01),
/// the gain Δ = mean at its best level − mean at its worst level (levels chosen on the overall metric) is
/// computed per slice with a Welch CI. Flags an edge slice when the frequent slice (most items) gains
/// significantly (p &lt; α, Δ ≥ business δ), the edge slice does not (Δ ≤ 0 or p ≥ α), and the gap between
/// the two gains is significant: Welch on the per-run differences frequent − edge between the two levels,
/// BH over edge slices, with a gap ≥ business δ.
/// </summary>
internal sealed class FrequentSliceGainDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly FrequentSliceGainDetector Default = new();

    private FrequentSliceGainDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.GainOnlyOnFrequentSlice];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Thresholds;
        foreach (SliceFamily family in SliceFamily.All(context, FindingCatalog.GainOnlyOnFrequentSlice))
        {
            ParameterEffect? driver = family.Overall.Moving(t.Alpha, t.OmegaSquared).FirstOrDefault();
            if (driver is null || family.Slices.Length < 2)
            {
                continue;
            }

            SliceSeries frequent = family.Slices.Select(s => s.Series).MaxBy(s => s.MedianItems ?? 0)!;
            SliceGain top = SliceGain.Of(frequent, driver, p => frequent.Goodness(p.Value));
            if (!(top.Welch.P < t.Alpha) || !(top.Delta >= t.BusinessDelta))
            {
                continue;
            }

            var edges = family.Slices.Select(s => s.Series).Where(s => s != frequent)
                .Select(s => (Series: s, Gain: SliceGain.Of(s, driver, p => s.Goodness(p.Value)), Gap: SliceGain.Gap(frequent, s, driver))).ToList();
            double[] q = BenjaminiHochberg.Adjust([.. edges.Select(e => e.Gap.Welch.P)]);
            var flagged = edges.Where((e, i) => q[i] <= context.FamilyAlpha(FindingCatalog.GainOnlyOnFrequentSlice) &&
                e.Gap.Delta >= t.BusinessDelta && (e.Gain.Delta <= 0 || !(e.Gain.Welch.P < t.Alpha))).ToList();
            foreach (var edge in flagged)
            {
                double gapQ = q[edges.IndexOf(edge)];
                string message = NoiseInputs.Format(
                    $"The gain from {driver.Parameter} {driver.Levels[driver.WorstLevel]} → {driver.Levels[driver.BestLevel]} on {frequent.Metric} ",
                    $"({frequent.Dataset}) comes from the frequent slice {frequent.Slice} (Δ {top.Delta:+0.###;-0.###}); slice {edge.Series.Slice} is flat ",
                    $"or worse (Δ {edge.Gain.Delta:+0.###;-0.###} [{edge.Gain.Welch.DifferenceCi.Low:0.###}, {edge.Gain.Welch.DifferenceCi.High:0.###}], gap ",
                    $"{MessageNumbers.P(gapQ, "q")}): rebalance or add data for it");
                var evidence = Evidence.Of(
                    ("parameter", driver.Parameter),
                    ("from_level", driver.Levels[driver.WorstLevel]),
                    ("to_level", driver.Levels[driver.BestLevel]),
                    ("frequent_slice", frequent.Slice),
                    ("frequent_delta", top.Delta),
                    ("frequent_ci", new[] { top.Welch.DifferenceCi.Low, top.Welch.DifferenceCi.High }),
                    ("slice_delta", edge.Gain.Delta),
                    ("slice_ci", new[] { edge.Gain.Welch.DifferenceCi.Low, edge.Gain.Welch.DifferenceCi.High }),
                    ("slice_p", edge.Gain.Welch.P),
                    ("gap", edge.Gap.Delta),
                    ("gap_p", edge.Gap.Welch.P),
                    ("gap_q", gapQ),
                    ("items", edge.Series.MedianItems ?? double.NaN));
                yield return Finding.Create(
                    FindingCatalog.GainOnlyOnFrequentSlice,
                    new Subject(Metric: frequent.Metric, Dataset: frequent.Dataset, Slice: edge.Series.Slice), message, evidence,
                    Plot(frequent, top, driver, edges.Select(e => (e.Series.Slice, e.Gain, flagged.Contains(e)))));
            }
        }
    }

    private static PlotSpec Plot(SliceSeries frequent, SliceGain top, ParameterEffect driver,
        IEnumerable<(string Slice, SliceGain Gain, bool Flagged)> edges) =>
        new(FindingCatalog.GainOnlyOnFrequentSlice.PlotName($"{frequent.Dataset}-{frequent.Metric}"), PlotKind.Forest,
            FindingCatalog.GainOnlyOnFrequentSlice.PlotTitle($"the gain from {driver.Parameter} is confined to slice {frequent.Slice}"), "slice",
            $"gain in mean {frequent.Metric}, {driver.Parameter} {driver.Levels[driver.WorstLevel]} → {driver.Levels[driver.BestLevel]} (95% CI)")
        {
            Categories =
            [
                Category(frequent.Slice + " (frequent)", top, false),
                .. edges.Select(e => Category(e.Slice, e.Gain, e.Flagged)),
            ],
            ReferenceLine = 0,
        };

    private static PlotCategory Category(string label, SliceGain gain, bool flagged) =>
        new(label, gain.Delta, gain.Welch.DifferenceCi.Low, gain.Welch.DifferenceCi.High, [], flagged);
}
