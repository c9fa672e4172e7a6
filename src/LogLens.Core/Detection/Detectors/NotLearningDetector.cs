using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL107 (docs/methods.md, "Training dynamics"): a run stuck at chance level, the model predicting no better than
/// uniform guessing. Read only on runs that train (an lm-eval checkpoint series is a benchmark evaluation, not a
/// training run) and never on adversarial or negative losses. Levels are medians of ten consecutive blocks, so single
/// noisy points do not decide; bands are the larger of a fixed tolerance and two standard errors of a block median
/// (the measurement noise; not for an inferred K, whose band stays 1%). (a) An accuracy whose final and best levels
/// stay in the band around 1/K (K = <c>num_classes</c>; unconfigured: binary 0.5, and then the lowest level too, so a
/// K-class model that climbed to 0.5 is not flagged). (b) A loss (eval loss first) at ln K: with K configured, the
/// final and lowest levels within 2% of ln K; unconfigured, every level within 1% of ln K for K in
/// <see cref="CandidateClasses"/> — the loss never left the value of uniform guessing. A loss that falls is never
/// "not learning", however slowly.
/// </summary>
internal sealed class NotLearningDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly NotLearningDetector Default = new();

    /// <summary>Absolute band around chance accuracy.</summary>
    public const double AccuracyTolerance = 0.02;

    /// <summary>Relative band around ln K when K is configured.</summary>
    public const double LossTolerance = 0.02;

    /// <summary>Relative band around ln K when K is inferred from the level: every level must stay inside it.</summary>
    public const double InferredLossTolerance = 0.01;

    /// <summary>Class counts tried when <c>num_classes</c> is not configured.</summary>
    public static readonly ImmutableArray<int> CandidateClasses = [2, 3, 4, 5, 10, 100, 1000];

    /// <summary>Blocks whose medians are the levels.</summary>
    public const int Blocks = 10;

    private NotLearningDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.NotLearning];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int? k = context.Thresholds.NumClasses is > 1 ? context.Thresholds.NumClasses : null;
        foreach (LossCurve curve in LossCurve.Preferred(context, preferTrain: false))
        {
            if (curve.IsMinimised && LossRule(context, curve, k) is Finding finding)
            {
                yield return finding;
            }
        }

        foreach (Run run in context.Runs.Runs.Where(LossCurve.RunTrains))
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

    /// <summary>Medians of <see cref="Blocks"/> consecutive blocks, and the standard error of one block median.</summary>
    private static (double[] Levels, double Se) Levels(double[] values)
    {
        int size = (values.Length + Blocks - 1) / Blocks;
        double[] levels = [.. Enumerable.Range(0, (values.Length + size - 1) / size)
            .Select(b => Descriptive.Median(values.AsSpan(b * size, Math.Min(size, values.Length - (b * size)))))];
        double noise = Descriptive.DifferenceNoise(values);
        return (levels, double.IsFinite(noise) ? 1.2533 * noise / Math.Sqrt(size) : 0);
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
        (double[] levels, double se) = Levels(values);
        double band = Math.Max(AccuracyTolerance, 2 * se);
        double final = levels[^1];
        bool stuck = Math.Abs(final - chance) <= band && levels.Max() <= chance + band
            && (k is not null || levels.Min() >= chance - band);
        if (!stuck)
        {
            return null;
        }

        string basis = k is null ? "binary chance 0.5 (no num_classes configured)" : $"chance 1/{k}";
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Run {runId}: {series.Name} stays at chance level: it ends at {MessageNumbers.Value(final)} and never exceeds "
            + $"{MessageNumbers.Value(levels.Max())} ({basis} = {MessageNumbers.Value(chance)} ± {MessageNumbers.Value(band)})");
        var evidence = Evidence.Of(("rule", "accuracy_at_chance"), ("chance", chance), ("classes", k ?? 2), ("classes_configured", k is not null),
            ("final_level", final), ("max_level", levels.Max()), ("min_level", levels.Min()), ("tolerance", band), ("points", values.Length));
        return Create(runId, definition, steps, values, message, evidence, chance, $"line: chance {chance:0.###}; levels are medians of 10 blocks");
    }

    private static Finding? LossRule(AnalysisContext context, LossCurve c, int? k)
    {
        if (c.Count < context.Thresholds.MinCheckpoints)
        {
            return null;
        }

        (double[] levels, double se) = Levels(c.Values);
        double end = levels[^1];
        int classes = k ?? CandidateClasses.MinBy(n => Math.Abs(end - Math.Log(n)));
        double chance = Math.Log(classes);
        // An inferred K is a guess from the level itself: its band is not widened by noise, so a noisy loss that merely
        // wanders around 2.30 is not read as uniform guessing over 10 classes.
        double band = k is null ? InferredLossTolerance * chance : Math.Max(LossTolerance * chance, 2 * se);
        bool stuck = Math.Abs(end - chance) <= band && levels.Min() >= chance - band && (k is not null || levels.Max() <= chance + band);
        if (!stuck)
        {
            return null;
        }

        string basis = k is null ? $"K = {classes} inferred from the level; set num_classes in loglens.yaml" : $"K = {classes} configured";
        string message = $"Run {c.RunId}: {c.Definition.Name} stays at chance level: it ends at {MessageNumbers.Value(end)} and never goes below "
            + $"{MessageNumbers.Value(levels.Min())}, "
            + $"≈ ln {classes} = {MessageNumbers.Value(chance)} ± {MessageNumbers.Value(band)}, the loss of uniform guessing ({basis})";
        var evidence = Evidence.Of(("rule", "loss_at_ln_k"), ("chance", chance), ("classes", classes), ("classes_configured", k is not null),
            ("final_level", end), ("min_level", levels.Min()), ("max_level", levels.Max()), ("tolerance", band), ("points", c.Count));
        return Create(c.RunId, c.Definition, c.Steps, c.Values, message, evidence, chance, $"line: ln {classes}; levels are medians of 10 blocks");
    }

    private static Finding Create(string runId, MetricDefinition definition, double[] steps, double[] values, string message, Evidence evidence,
        double line, string note)
    {
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.NotLearning, runId, definition.Name), PlotKind.Lines,
            FindingCatalog.NotLearning.PlotTitle(message), "step", TrendPlots.AxisLabel(definition))
        {
            Series = [new PlotSeries(definition.Name, steps, values)],
            Shade = (steps[0], steps[^1]),
            ReferenceLine = line,
            Note = note,
        };
        return Finding.Create(FindingCatalog.NotLearning, new Subject(Run: runId, Metric: definition.Name), message, evidence, plot);
    }
}
