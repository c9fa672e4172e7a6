using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL102 (docs/methods.md, "Training dynamics"): the optimised loss blew up on the scale it started at. Read on each
/// run's training losses (its eval losses only when it logs no training loss: an eval loss rising while the train
/// loss falls is LL103), never on adversarial or unbounded objectives (GAN generator/discriminator/critic losses,
/// losses that go negative), which are not minimised on their own. With ≥ 5 finite points, the end level (median of
/// the last 5%, at least 3 points) is diverged when (a) it rises above the start level (median of the first 5%) by
/// more than 10% of the start and 3 point-to-point noise SDs, or (b) it gives back at least half of the total drop
/// and ends at least twice the running minimum and 3 noise SDs above it. A loss that falls to 1e-5 and wobbles up
/// to 1e-3 has given back nothing on the scale it started at, and is not diverged.
/// </summary>
internal sealed class DivergedDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly DivergedDetector Default = new();

    /// <summary>Fewer finite points give no finding.</summary>
    public const int MinPoints = 5;

    /// <summary>Rise above the start, as a fraction of the start level (a).</summary>
    public const double RelativeMargin = 0.1;

    /// <summary>Share of the total drop given back (b).</summary>
    public const double GivenBack = 0.5;

    /// <summary>End above this multiple of the running minimum (b).</summary>
    public const double MinimumMultiple = 2;

    /// <summary>Rises must also exceed this many point-to-point noise SDs.</summary>
    public const double NoiseMultiple = 3;

    private DivergedDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.Diverged];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (LossCurve curve in LossCurve.Preferred(context, preferTrain: true))
        {
            if (curve.Count < MinPoints || !curve.IsMinimised)
            {
                continue;
            }

            double start = curve.Start;
            double end = curve.End;
            (double minStep, double min) = curve.Minimum;
            double pointNoise = curve.Noise;
            double noise = NoiseMultiple * (double.IsFinite(pointNoise) ? pointNoise : 0);
            bool aboveStart = end > start && end - start > Math.Max(RelativeMargin * Math.Abs(start), noise);
            double drop = start - min;
            bool gaveBack = drop > 0 && end - min >= GivenBack * drop && end >= MinimumMultiple * min && end - min > noise;
            if (aboveStart || gaveBack)
            {
                yield return Create(curve, start, end, minStep, min, aboveStart);
            }
        }
    }

    private static Finding Create(LossCurve c, double start, double end, double minStep, double min, bool aboveStart)
    {
        string name = c.Definition.Name;
        string against = aboveStart
            ? $"{MessageNumbers.Ratio(end / start)} its start level {MessageNumbers.Value(start)}"
            : $"up from its best, giving back {MessageNumbers.Percent((end - min) / (start - min))} of its drop from {MessageNumbers.Value(start)} to "
                + $"{MessageNumbers.Value(min)} (step {MessageNumbers.Step(minStep)})";
        string message = $"Run {c.RunId}: {name} diverged: from {MessageNumbers.Value(c.Values[0])} at step {MessageNumbers.Step(c.Steps[0])} to "
            + $"{MessageNumbers.Value(c.Values[^1])} at step {MessageNumbers.Step(c.Steps[^1])}; its end level {MessageNumbers.Value(end)} is {against}";
        var items = new List<(string, object)> { ("start_level", start), ("end_level", end), ("running_min", min), ("running_min_step", minStep) };
        if (min > 0)
        {
            items.Add(("end_over_min", end / min));
        }

        items.AddRange(
            [("above_start", aboveStart), ("gave_back", (end - min) / Math.Max(start - min, double.Epsilon)), ("window_points", c.EdgeCount),
                ("points", c.Count)]);
        var evidence = Evidence.Of([.. items]);
        double shadeFrom = c.Steps[c.Count - c.EdgeCount];
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.Diverged, c.RunId, name), PlotKind.Lines, FindingCatalog.Diverged.PlotTitle(message), "step",
            TrendPlots.AxisLabel(c.Definition))
        {
            Series = [new PlotSeries(name, c.Steps, c.Values)],
            Shade = (shadeFrom, c.Steps[^1]),
            ReferenceLine = min,
            Note = $"start {MessageNumbers.Value(start)}, best {MessageNumbers.Value(min)} (step {MessageNumbers.Step(minStep)}), end "
                + $"{MessageNumbers.Value(end)}; shaded: last 5% (end level); line: best level",
        };
        return Finding.Create(FindingCatalog.Diverged, new Findings.Subject(Run: c.RunId, Metric: name), message, evidence, plot);
    }
}
