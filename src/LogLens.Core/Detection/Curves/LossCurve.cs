using System.Collections.Immutable;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Curves;

/// <summary>
/// One loss series of one run, prepared for the dynamics detectors LL102, LL104, LL106 and LL107 (docs/methods.md):
/// the finite raw points (levels, medians), the block-averaged <see cref="CheckpointSeries"/> (trend tests)
/// and robust levels. Losses are lower-is-better: levels are raw values, trends use goodness.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Definition">The loss metric.</param>
/// <param name="Steps">Finite points' steps.</param>
/// <param name="Values">Finite points' raw values.</param>
/// <param name="Checkpoints">The block-averaged series.</param>
internal sealed record LossCurve(string RunId, MetricDefinition Definition, double[] Steps, double[] Values, CheckpointSeries Checkpoints)
{
    /// <summary>Fraction of the points whose median is the start or end level.</summary>
    public const double EdgeFraction = 0.05;

    /// <summary>Fraction of the step span that makes the tail window of LL104/LL106.</summary>
    public const double TailFraction = 0.2;

    /// <summary>
    /// True for a loss that is minimised on its own: not an adversarial (GAN generator/discriminator/critic) loss and
    /// never negative (a negative "loss" is a Wasserstein critic, an ELBO or another unbounded objective, whose level
    /// is not comparable to where it started). LL102, LL104, LL106 and LL107 read only these.
    /// </summary>
    public bool IsMinimised => Trains && !MetricNames.IsAdversarial(Definition.Name) && Values.All(v => v >= 0);

    /// <summary>
    /// False for a series of benchmark evaluations of released checkpoints (a run read only from lm-eval results): its
    /// perplexity is measured, not optimised, and a small model at chance on a hard task says nothing about training.
    /// </summary>
    public bool Trains { get; init; } = true;

    /// <summary>True for a run that trains (see <see cref="Trains"/>).</summary>
    public static bool RunTrains(Run run) => !run.Formats.All(f => f == "lm-eval");

    /// <summary>The first logged step at or after <paramref name="step"/> (block centres are not steps anyone logged).</summary>
    public double LoggedStep(double step)
    {
        int i = Array.BinarySearch(Steps, step);
        i = i >= 0 ? i : ~i;
        return i < Steps.Length ? Steps[i] : Steps[^1];
    }

    /// <summary>Number of finite points.</summary>
    public int Count => Values.Length;

    /// <summary>Points in the start and end windows: 5% of the points, at least 3 (all of them when fewer).</summary>
    public int EdgeCount => Math.Min(Count, Math.Max(3, (int)Math.Ceiling(EdgeFraction * Count)));

    /// <summary>Median of the first 5% of the finite points.</summary>
    public double Start => Count == 0 ? double.NaN : Descriptive.Median(Values.AsSpan(0, EdgeCount));

    /// <summary>Median of the last 5% of the finite points.</summary>
    public double End => Count == 0 ? double.NaN : Descriptive.Median(Values.AsSpan(Count - EdgeCount));

    /// <summary>
    /// The running minimum at the end of training, robust to single low points: the smallest centred median of
    /// 5 consecutive block-averaged checkpoints.
    /// </summary>
    public (double Step, double Value) Minimum
    {
        get
        {
            double[] v = Checkpoints.Values;
            (double Step, double Value) best = (double.NaN, double.NaN);
            for (int i = 0; i < v.Length; i++)
            {
                int from = Math.Max(0, i - 2);
                int to = Math.Min(v.Length, i + 3);
                double level = Descriptive.Median(v.AsSpan(from, to - from));
                best = double.IsNaN(best.Value) || level < best.Value ? (Checkpoints.Steps[i], level) : best;
            }

            return best;
        }
    }

    /// <summary>
    /// The initial level for the total drop: median of the first 1% of the finite points, at least 3 and at most
    /// 10. Narrower than <see cref="Start"/> because a fast descent is mostly over after 5% of a long log, which
    /// would shrink the drop that the LL104/LL106 margins are relative to.
    /// </summary>
    public double Initial =>
        Count == 0 ? double.NaN : Descriptive.Median(Values.AsSpan(0, Math.Min(Count, Math.Clamp((int)Math.Ceiling(0.01 * Count), 3, 10))));

    /// <summary>Total drop: initial level minus running minimum (≤ 0 when the loss never went below its start).</summary>
    public double TotalDrop => Initial - Minimum.Value;

    /// <summary>Point-to-point noise of the raw values: 1.4826·MAD of successive differences / √2 (NaN below 3 points).</summary>
    public double Noise => Descriptive.DifferenceNoise(Values);

    /// <summary>The block-averaged checkpoints in the last <see cref="TailFraction"/> of the step span.</summary>
    public CheckpointSeries Tail() =>
        Checkpoints.Window(Checkpoints.Steps[^1] - (TailFraction * Checkpoints.Span), double.PositiveInfinity);

    /// <summary>Every loss series of every run (metrics whose definition is a loss), in run and name order; prepared once per analysis.</summary>
    public static ImmutableArray<LossCurve> All(AnalysisContext context) =>
        context.Shared(nameof(LossCurve), context, () => Prepare(context).ToImmutableArray());

    /// <summary>Prepares every loss series of every run (metrics whose definition is a loss), in run and name order, runs in parallel.</summary>
    internal static IEnumerable<LossCurve> Prepare(AnalysisContext context) =>
        context.Runs.Runs.AsParallel().AsOrdered().SelectMany(run => run.Series
            .Where(series => context.Runs.Metrics.TryGetValue(series.Name, out MetricDefinition? definition) && definition.IsLoss)
            .Select(series =>
            {
                MetricDefinition definition = context.Runs.Metrics[series.Name];
                (double[] steps, double[] values) = series.Finite();
                return new LossCurve(run.Id, definition, steps, values, context.Checkpoints(series, definition)) { Trains = RunTrains(run) };
            }));

    /// <summary>
    /// Per run, the train losses when <paramref name="preferTrain"/> and the run has one, else its eval losses
    /// (and the other way round); never both.
    /// </summary>
    public static IEnumerable<LossCurve> Preferred(AnalysisContext context, bool preferTrain) =>
        All(context).GroupBy(c => c.RunId, StringComparer.Ordinal).SelectMany(run =>
        {
            var train = run.Where(c => !MetricNames.IsEval(c.Definition.Name)).ToList();
            var eval = run.Where(c => MetricNames.IsEval(c.Definition.Name)).ToList();
            return preferTrain ? (train.Count > 0 ? train : eval) : (eval.Count > 0 ? eval : train);
        });
}
