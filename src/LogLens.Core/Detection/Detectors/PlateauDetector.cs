using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL104 (docs/methods.md): an equivalence test on the last 20% of steps (≥ 10 block-averaged points): the Sen-slope
/// 90% CI times the window length lies within ±1% of the total drop (start level − running minimum). A
/// non-significant trend alone is never a plateau; a loss that never dropped has no plateau (see LL107).
/// Per run, on the train loss when there is one, else on the eval losses.
/// </summary>
internal sealed class PlateauDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly PlateauDetector Default = new();

    /// <summary>Fewest points in the tail window.</summary>
    public const int MinWindowPoints = 10;

    /// <summary>Equivalence margin as a fraction of the total drop.</summary>
    public const double Margin = 0.01;

    private PlateauDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.Plateau];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (LossCurve curve in LossCurve.Preferred(context, preferTrain: true))
        {
            if (!curve.IsMinimised || curve.Count < MinWindowPoints || !curve.Checkpoints.Usable(MinWindowPoints))
            {
                continue;
            }

            CheckpointSeries tail = curve.Tail();
            double drop = curve.TotalDrop;
            if (tail.Count < MinWindowPoints || !(drop > 0))
            {
                continue;
            }

            SenSlopeResult slope = SenSlope.Estimate(tail.Steps, tail.Values, 0.90);
            double span = tail.Span;
            double low = slope.Low * span;
            double high = slope.High * span;
            double margin = Margin * drop;
            if (double.IsFinite(low) && double.IsFinite(high) && low >= -margin && high <= margin)
            {
                yield return Create(curve, tail, slope, drop, low, high);
            }
        }
    }

    private static Finding Create(LossCurve c, CheckpointSeries tail, SenSlopeResult slope, double drop, double low, double high)
    {
        string name = c.Definition.Name;
        double from = c.LoggedStep(tail.Steps[0]);
        string message = $"Run {c.RunId}: {name} is flat from step {MessageNumbers.Step(from)} on (change over the last 20% of steps within ±1% of its total "
            + $"drop {MessageNumbers.Value(drop)})";
        var evidence = Evidence.Of(
            ("window_from_step", from),
            ("window_to_step", tail.Steps[^1]),
            ("window_points", tail.Count),
            ("sen_change", slope.Slope * tail.Span),
            ("change_ci90", new[] { low, high }),
            ("total_drop", drop),
            ("margin", Margin * drop));
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.Plateau, c.RunId, name), PlotKind.Lines, FindingCatalog.Plateau.PlotTitle(message), "step",
            TrendPlots.AxisLabel(c.Definition))
        {
            Series = [new PlotSeries(name, c.Checkpoints.Steps, c.Checkpoints.Values)],
            Shade = (from, tail.Steps[^1]),
            Note = string.Create(CultureInfo.InvariantCulture,
                $"shaded window: Sen change {slope.Slope * tail.Span:G3}, 90% CI [{low:G3}, {high:G3}] within ±{Margin * drop:G3} (1% of "
                + $"the total drop {drop:G3})"),
        };
        return Finding.Create(FindingCatalog.Plateau, new Subject(Run: c.RunId, Metric: name), message, evidence, plot);
    }
}
