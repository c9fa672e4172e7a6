using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL106 (docs/methods.md): over the last 20% of steps (≥ 10 block-averaged points) the loss still decreases
/// significantly (one-sided Mann–Kendall with the Hamed–Rao correction, BH over runs per metric, q &lt; α) and
/// by a practical amount (Sen-slope drop over the window ≥ 1% of the total drop). Per run, on the eval losses
/// when there are any, else on the train loss.
/// </summary>
internal sealed class StillImprovingDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly StillImprovingDetector Default = new();

    /// <summary>Fewest points in the tail window.</summary>
    public const int MinWindowPoints = 10;

    /// <summary>Practical margin: the window's Sen drop as a fraction of the total drop.</summary>
    public const double Margin = 0.01;

    private StillImprovingDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.StillImproving];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = new List<(LossCurve Curve, CheckpointSeries Tail, MannKendallResult Trend, double Drop, double WindowDrop)>();
        foreach (LossCurve curve in LossCurve.Preferred(context, preferTrain: false))
        {
            if (!curve.IsMinimised || !curve.Checkpoints.Usable(MinWindowPoints))
            {
                continue;
            }

            CheckpointSeries tail = curve.Tail();
            double drop = curve.TotalDrop;
            if (tail.Count < MinWindowPoints || !(drop > 0))
            {
                continue;
            }

            MannKendallResult trend = tail.Trend();
            double windowDrop = -SenSlope.Estimate(tail.Steps, tail.Values, 0.90).Slope * tail.Span;
            if (trend.IsDefined && double.IsFinite(windowDrop))
            {
                candidates.Add((curve, tail, trend, drop, windowDrop));
            }
        }

        foreach (var family in candidates.GroupBy(c => c.Curve.Definition.Name, StringComparer.Ordinal))
        {
            var members = family.ToList();
            double[] q = BenjaminiHochberg.Adjust([.. members.Select(c => c.Trend.PIncreasing)]);
            for (int i = 0; i < members.Count; i++)
            {
                var c = members[i];
                if (q[i] < context.Thresholds.Alpha && c.WindowDrop >= Margin * c.Drop)
                {
                    yield return Create(c.Curve, c.Tail, c.Trend, q[i], c.Drop, c.WindowDrop);
                }
            }
        }
    }

    private static Finding Create(LossCurve c, CheckpointSeries tail, MannKendallResult trend, double q, double drop, double windowDrop)
    {
        string name = c.Definition.Name;
        double from = c.LoggedStep(tail.Steps[0]);
        string share = windowDrop <= drop ? $", {MessageNumbers.Percent(windowDrop / drop)} of its total drop" : string.Empty;
        string message = $"Run {c.RunId}: {name} was still falling when training stopped (down {MessageNumbers.Value(windowDrop)} from step "
            + $"{MessageNumbers.Step(from)} to {MessageNumbers.Step(c.Steps[^1])}{share}; {MessageNumbers.P(q, "q")})";
        var evidence = Evidence.Of(
            ("window_from_step", from),
            ("window_to_step", tail.Steps[^1]),
            ("window_points", tail.Count),
            ("mk_tau", -trend.Tau),
            ("mk_p", trend.PIncreasing),
            ("q", q),
            ("hamed_rao", tail.Count >= CheckpointSeries.HamedRaoMinPoints),
            ("window_drop", windowDrop),
            ("total_drop", drop),
            ("window_share", windowDrop / drop));
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.StillImproving, c.RunId, name), PlotKind.Lines, FindingCatalog.StillImproving.PlotTitle(message),
            "step", TrendPlots.AxisLabel(c.Definition))
        {
            Series = [new PlotSeries(name, c.Checkpoints.Steps, c.Checkpoints.Values)],
            Shade = (from, tail.Steps[^1]),
            Note = string.Create(CultureInfo.InvariantCulture,
                $"shaded window: MK τ {-trend.Tau:0.##} (q {q:0.###}), Sen drop {windowDrop:G3} = {windowDrop / drop:0.#%} of the total drop {drop:G3}"),
        };
        return Finding.Create(FindingCatalog.StillImproving, new Subject(Run: c.RunId, Metric: name), message, evidence, plot);
    }
}
