using System.Collections.Immutable;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Detection.Slices;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL203 SliceTooSmall (info): a slice with fewer than <see cref="SliceFamily.MinItems"/> items per run
/// (median over runs) cannot be measured, so LL201/LL202 leave it out and this says so. The items needed
/// are those that tell two configs apart by <see cref="DetectableChange"/> on the slice at α = .05 and
/// power .8: n = 2(z.975 + z.8)²·p(1 − p)/δ², p the slice's mean rate (clamped to [.05, .95]).
/// </summary>
internal sealed class SliceTooSmallDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly SliceTooSmallDetector Default = new();

    /// <summary>The change on the slice (10 points of a rate) the items-needed advice is sized for.</summary>
    public const double DetectableChange = 0.10;

    private SliceTooSmallDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.SliceTooSmall];

    /// <summary>Items per run needed to detect <see cref="DetectableChange"/> at rate <paramref name="p"/>.</summary>
    public static int ItemsNeeded(double p, double alpha = 0.05, double power = 0.8)
    {
        double rate = Math.Clamp(double.IsFinite(p) ? p : 0.5, 0.05, 0.95);
        double z = Distributions.NormalQuantile(1 - (alpha / 2)) + Distributions.NormalQuantile(power);
        return Math.Max(SliceFamily.MinItems, (int)Math.Ceiling(2 * z * z * rate * (1 - rate) / (DetectableChange * DetectableChange)));
    }

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var family in SliceTable.Build(context.Runs).GroupBy(s => s.Family, StringComparer.Ordinal))
        {
            var slices = family.ToList();
            foreach (SliceSeries small in slices.Where(s => s.MedianItems is double items && items < SliceFamily.MinItems))
            {
                double mean = small.Points.Average(p => p.Value);
                int needed = ItemsNeeded(mean, context.Thresholds.Alpha, context.Thresholds.Power);
                double items = small.MedianItems!.Value;
                string message = NoiseInputs.Format(
                    $"Slice {small.Slice} on {small.Metric} ({small.Dataset}) has {items:0.#} items per run: too few to measure (need ≥ ",
                    $"{SliceFamily.MinItems}; {needed} to tell configs apart by {DetectableChange * 100:0} points); add evaluation items to it");
                var evidence = Evidence.Of(("items", items), ("min_items", SliceFamily.MinItems), ("items_needed", needed), ("slice_mean", mean),
                    ("runs", small.Points.Length));
                yield return Finding.Create(FindingCatalog.SliceTooSmall, new Subject(Metric: small.Metric, Dataset: small.Dataset, Slice: small.Slice),
                    message, evidence, Plot(small, slices));
            }
        }
    }

    private static PlotSpec Plot(SliceSeries small, List<SliceSeries> slices) =>
        new(FindingCatalog.SliceTooSmall.PlotName($"{small.Dataset}-{small.Slice}-{small.Metric}"), PlotKind.Forest,
            FindingCatalog.SliceTooSmall.PlotTitle($"slice {small.Slice} is too small to measure"), "slice (items per run)",
            $"mean {small.Metric} ({small.Dataset}) with the 95% Wilson CI of one run")
        {
            Categories =
            [
                .. slices.Select(s =>
                {
                    double mean = s.Points.Average(p => p.Value);
                    double n = s.MedianItems ?? double.NaN;
                    Interval ci = Wilson.Of(Math.Clamp(mean, 0, 1) * n, n);
                    return new PlotCategory(NoiseInputs.Format($"{s.Slice} ({n:0.#})"), mean, ci.Low, ci.High, [], s == small);
                }),
            ],
        };
}
