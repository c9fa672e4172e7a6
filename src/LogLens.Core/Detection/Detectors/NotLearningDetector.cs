using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL107 (METHODS P5, DESIGN catalog): a run stuck at chance level. (a) An accuracy-like business metric whose
/// final level and best level stay within ±0.02 of 1/K (K = <c>NumClasses</c>; unconfigured: binary 0.5, and then
/// the lowest level must be within the band too, so a K-class model that climbed to 0.5 is not flagged); levels
/// are medians of ten consecutive blocks, so single noisy points do not decide. (b) With K configured, an eval
/// loss ending within 2% of ln K without a significant decrease. (c) A loss that never decreases: Mann–Kendall
/// (Hamed–Rao) over the whole run not decreasing (p ≥ α, ≥ 20 points) and a Sen-slope drop over the run of less
/// than 1% of its median level.
/// </summary>
public sealed class NotLearningDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly NotLearningDetector Default = new();

    /// <summary>Absolute band around chance accuracy.</summary>
    public const double AccuracyTolerance = 0.02;

    /// <summary>Relative band around ln K.</summary>
    public const double LossTolerance = 0.02;

    /// <summary>Fewest points for rule (c).</summary>
    public const int MinPoints = 20;

    /// <summary>Relative drop below which a loss never decreased (c).</summary>
    public const double MinDrop = 0.01;

    private NotLearningDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Codes { get; } = ["LL107"];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int? k = context.Thresholds.NumClasses is > 1 ? context.Thresholds.NumClasses : null;
        foreach (LossCurve curve in LossCurve.All(context))
        {
            if (LossRule(context, curve, k) is Finding finding)
            {
                yield return finding;
            }
        }

        foreach (Run run in context.Runs.Runs)
        {
            foreach (MetricSeries series in run.Series)
            {
                if (context.Runs.Metrics.TryGetValue(series.Name, out MetricDefinition? definition) && IsAccuracy(definition)
                    && AccuracyRule(run.Id, series, definition, k, context.Thresholds.MinCheckpoints) is Finding finding)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>Business metrics named like accuracy ("accuracy", "acc", "eval/val_acc").</summary>
    public static bool IsAccuracy(MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        string leaf = MetricNames.Leaf(definition.Name);
        return definition.Role == MetricRole.Business && definition.HigherIsBetter
            && (leaf.Contains("accuracy", StringComparison.Ordinal) || leaf == "acc" || leaf.EndsWith("_acc", StringComparison.Ordinal));
    }

    private static Finding? AccuracyRule(string runId, MetricSeries series, MetricDefinition definition, int? k, int minPoints)
    {
        (double[] steps, double[] values) = series.Finite();
        if (values.Length < minPoints)
        {
            return null;
        }

        double chance = 1.0 / (k ?? 2);
        int size = (values.Length + 9) / 10;
        double[] levels = [.. Enumerable.Range(0, (values.Length + size - 1) / size)
            .Select(b => Descriptive.Median(values.AsSpan(b * size, Math.Min(size, values.Length - (b * size)))))];
        double final = levels[^1];
        bool stuck = Math.Abs(final - chance) <= AccuracyTolerance && levels.Max() <= chance + AccuracyTolerance
            && (k is not null || levels.Min() >= chance - AccuracyTolerance);
        if (!stuck)
        {
            return null;
        }

        string basis = k is null ? "binary chance 0.5 (no NumClasses configured)" : string.Create(CultureInfo.InvariantCulture, $"chance 1/{k}");
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Run {runId}: {series.Name} stays at chance level: it ends at {final:0.###} and never exceeds {levels.Max():0.###} ({basis} = {chance:0.###} ± {AccuracyTolerance})");
        var evidence = Evidence.Of(("rule", "accuracy_at_chance"), ("chance", chance), ("classes", k ?? 2), ("classes_configured", k is not null),
            ("final_level", final), ("max_level", levels.Max()), ("min_level", levels.Min()), ("tolerance", AccuracyTolerance), ("points", values.Length));
        return Create(runId, definition, steps, values, message, evidence, chance, $"line: chance {chance:0.###}; levels are medians of 10 blocks");
    }

    private static Finding? LossRule(AnalysisContext context, LossCurve c, int? k)
    {
        if (c.Count < context.Thresholds.MinCheckpoints)
        {
            return null;
        }

        MannKendallResult trend = context.Trend(c.Checkpoints);
        bool notDecreasing = trend.IsDefined && trend.PIncreasing >= context.Thresholds.Alpha;
        if (!notDecreasing)
        {
            return null;
        }

        double end = c.End;
        double start = c.Start;
        if (k is int classes && MetricNames.IsEval(c.Definition.Name) && Math.Abs(end - Math.Log(classes)) <= LossTolerance * Math.Log(classes))
        {
            string message = string.Create(CultureInfo.InvariantCulture,
                $"Run {c.RunId}: {c.Definition.Name} ends at {end:0.###} ≈ ln {classes} = {Math.Log(classes):0.###}, the loss of uniform guessing, and does not decrease");
            return Create(c, message, "eval_loss_at_ln_k", trend, start, end, Math.Log(classes), classes, double.NaN);
        }

        // The drop is Sen's trend over the whole run, relative to the median level: end-point medians of a flat,
        // noisy loss differ by more than 1% too often to tell "never decreased" apart.
        double level = Math.Max(Math.Abs(Descriptive.Median(c.Checkpoints.Values)), 1e-12);
        double drop = -SenSlope.Median(c.Checkpoints.Steps, c.Checkpoints.Values) * c.Checkpoints.Span / level;
        if (c.Count >= MinPoints && !(drop >= MinDrop))
        {
            string message = string.Create(CultureInfo.InvariantCulture,
                $"Run {c.RunId}: {c.Definition.Name} never decreases (from {start:G3} to {end:G3}, Mann–Kendall p {trend.PIncreasing:0.###})");
            return Create(c, message, "loss_never_decreases", trend, start, end, start, k, drop);
        }

        return null;
    }

    private static Finding Create(LossCurve c, string message, string rule, MannKendallResult trend, double start, double end, double line, int? k, double drop)
    {
        var evidence = Evidence.Of(("rule", rule), ("start_level", start), ("end_level", end), ("relative_drop", double.IsFinite(drop) ? drop : (start - end) / Math.Max(Math.Abs(start), 1e-12)),
            ("mk_tau", -trend.Tau), ("mk_p_decreasing", trend.PIncreasing), ("classes", k ?? 0), ("points", c.Count));
        return Create(c.RunId, c.Definition, c.Steps, c.Values, message, evidence, line,
            string.Create(CultureInfo.InvariantCulture, $"start {start:G3}, end {end:G3}, MK τ {-trend.Tau:0.##} (p {trend.PIncreasing:0.###}); line: {(rule == "loss_never_decreases" ? "start level" : "ln K")}"));
    }

    private static Finding Create(string runId, MetricDefinition definition, double[] steps, double[] values, string message, Evidence evidence, double line, string note)
    {
        var plot = new PlotSpec(TrendPlots.Name("LL107", runId, definition.Name), PlotKind.Lines, $"LL107: {message}", "step", TrendPlots.AxisLabel(definition))
        {
            Series = [new PlotSeries(definition.Name, steps, values)],
            Shade = (steps[0], steps[^1]),
            ReferenceLine = line,
            Note = note,
        };
        return Finding.Create("LL107", new Subject(Run: runId, Metric: definition.Name), message, evidence, plot);
    }
}
