using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL103 (docs/methods.md, "Training dynamics"): the eval loss reaches its best before 80% of training, then rises
/// significantly (Mann–Kendall, Hamed–Rao corrected on long windows, BH over runs) while the train loss keeps falling
/// over the same steps. Sensitivity comes from the trend test: the rise only has to be positive and at least the
/// configured floor (<c>overfit_rise</c>, default 0.5%). The window is the points after the minimum and its correlated
/// neighbours; when fewer than <c>min_checkpoints</c> remain, it is the last <c>min_checkpoints</c> evaluations, a
/// window fixed by position (so a late minimum followed by a steady climb over the last five evals is tested).
/// </summary>
internal sealed class OverfittingDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly OverfittingDetector Default = new();

    /// <summary>The best eval point must come before this fraction of the step span.</summary>
    public const double LatestMinimum = 0.8;

    private OverfittingDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.Overfitting];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = Candidates(context).ToList();
        var findings = new List<Finding>();
        foreach (var family in candidates.GroupBy(c => c.Eval.Name, StringComparer.Ordinal))
        {
            var members = family.ToList();
            double[] q = BenjaminiHochberg.Adjust([.. members.Select(c => c.EvalTrend.PDecreasing)]);
            for (int i = 0; i < members.Count; i++)
            {
                OverfitCandidate c = members[i];
                double alpha = context.Thresholds.Alpha;

                // The train loss keeps falling over the window, or at least does not rise there after falling over
                // the run: the model is not getting worse on its training data while it gets worse on held-out data.
                bool trainFalls = c.TrainTrend.PIncreasing < alpha;
                bool trainHolds = !trainFalls && c.TrainTrend.PDecreasing >= alpha && context.Trend(c.Train).PIncreasing < alpha;
                if (q[i] <= alpha && (trainFalls || trainHolds) && c.Rise > 0 && c.Rise >= context.Thresholds.OverfitRise)
                {
                    findings.Add(Create(c, q[i], trainFalls));
                }
            }
        }

        return findings;
    }

    private static IEnumerable<OverfitCandidate> Candidates(AnalysisContext context)
    {
        int min = context.Thresholds.MinCheckpoints;
        foreach (Run run in context.Runs.Runs)
        {
            // The optimised loss: the train-side loss with the most points (HF's one-value train_loss summary is not a curve).
            MetricSeries? trainSeries = run.Series
                .Where(s => MetricNames.IsTrainLoss(s.Name) && !MetricNames.IsAdversarial(s.Name)
                    && context.Runs.Metrics.TryGetValue(s.Name, out MetricDefinition? d) && d.IsLoss)
                .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault();
            if (trainSeries is null)
            {
                continue;
            }

            MetricDefinition trainDefinition = context.Runs.Metrics[trainSeries.Name];
            CheckpointSeries train = context.Checkpoints(trainSeries, trainDefinition);
            foreach (MetricSeries series in run.Series.Where(s => MetricNames.IsLoss(s.Name) && MetricNames.IsEval(s.Name) && !MetricNames.IsAdversarial(s.Name)
                && context.Runs.Metrics.TryGetValue(s.Name, out MetricDefinition? d) && d.IsLoss))
            {
                MetricDefinition definition = context.Runs.Metrics[series.Name];
                CheckpointSeries eval = context.Checkpoints(series, definition);
                if (!eval.Usable(min) || !train.Usable(min))
                {
                    continue;
                }

                int best = eval.BestIndex();
                double tStar = eval.Steps[best];
                if (tStar - eval.Steps[0] >= LatestMinimum * eval.Span)
                {
                    continue;
                }

                // The window starts at the minimum by construction: with autocorrelated noise the points right after
                // a trough are low too and drift back to the mean, a "rise" that is pure selection. Skip the minimum
                // and the points still correlated with it (Hamed–Rao corrects the variance, not this drift).
                int first = best + 1 + eval.DecorrelationLag();
                if (eval.Count - first < min)
                {
                    first = Math.Max(0, eval.Count - min);
                }

                CheckpointSeries after = eval.Window(eval.Steps[first], double.PositiveInfinity);
                CheckpointSeries trainWindow = train.Window(Math.Min(tStar, eval.Steps[first]), double.PositiveInfinity);
                if (after.Count < min || trainWindow.Count < min)
                {
                    continue;
                }

                MannKendallResult evalTrend = after.Trend();
                MannKendallResult trainTrend = trainWindow.Trend();
                if (!evalTrend.IsDefined || !trainTrend.IsDefined)
                {
                    continue;
                }

                int tail = Math.Max(Math.Min(3, after.Count), (int)Math.Ceiling(0.2 * after.Count));
                double endLevel = Descriptive.Median(after.Goodness.AsSpan(after.Count - tail));
                double bestValue = eval.Values[best];
                double rise = (eval.Goodness[best] - endLevel) / Math.Max(Math.Abs(bestValue), 1e-12);
                yield return new OverfitCandidate(run.Id, definition, eval, trainDefinition, train, tStar, after, evalTrend, trainTrend, rise);
            }
        }
    }

    private static Finding Create(OverfitCandidate c, double q, bool trainFalls)
    {
        string train = trainFalls ? "keeps falling"
            : $"no longer rises or falls (it fell from {MessageNumbers.Value(c.Train.Values[0])} to {MessageNumbers.Value(c.Train.Values[^1])} over the run)";
        string message = $"Run {c.RunId}: {c.Eval.Name} rises {MessageNumbers.Percent(c.Rise)} above its best "
            + $"({MessageNumbers.Value(c.Eval.Values[c.Eval.BestIndex()])} at step {MessageNumbers.Step(c.BestStep)}) "
            + $"while {c.Train.Name} {train} ({MessageNumbers.P(q, "q")})";
        var evidence = Evidence.Of(
            ("best_step", c.BestStep),
            ("best_value", c.Eval.Values[c.Eval.BestIndex()]),
            ("last_step", c.Eval.Steps[^1]),
            ("rise", c.Rise),
            ("eval_tau", c.EvalTrend.Tau),
            ("eval_p", c.EvalTrend.PDecreasing),
            ("eval_q", q),
            ("train_metric", c.Train.Name),
            ("train_tau", c.TrainTrend.Tau),
            ("train_p", c.TrainTrend.PIncreasing),
            ("window_points", c.After.Count),
            ("hamed_rao", c.After.Count >= CheckpointSeries.HamedRaoMinPoints));
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.Overfitting, c.RunId, c.Eval.Name), PlotKind.Lines,
            FindingCatalog.Overfitting.PlotTitle(message), "step", "loss (lower is better)")
        {
            Series = [new PlotSeries(c.Train.Name, c.Train.Steps, c.Train.Values), new PlotSeries(c.Eval.Name, c.Eval.Steps, c.Eval.Values)],
            Shade = (c.BestStep, c.Eval.Steps[^1]),
            Note = string.Create(CultureInfo.InvariantCulture,
                $"eval MK τ {c.EvalTrend.Tau:0.##} ({MessageNumbers.P(q, "q")}), train MK τ {c.TrainTrend.Tau:0.##}; rise {MessageNumbers.Percent(c.Rise)}"),
        };
        return Finding.Create(FindingCatalog.Overfitting, new Subject(Run: c.RunId, Metric: c.Eval.Name), message, evidence, plot);
    }
}
