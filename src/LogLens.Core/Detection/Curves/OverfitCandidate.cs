using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Curves;

/// <summary>An eval-loss series whose best point comes early enough to test for overfitting (LL103).</summary>
/// <param name="RunId">The run.</param>
/// <param name="EvalDefinition">The eval loss metric.</param>
/// <param name="Eval">The whole eval series.</param>
/// <param name="TrainDefinition">The train loss metric.</param>
/// <param name="Train">The whole train series.</param>
/// <param name="BestStep">t*, the step of the best eval point.</param>
/// <param name="After">Eval points after t*.</param>
/// <param name="EvalTrend">Mann–Kendall of eval goodness after t*.</param>
/// <param name="TrainTrend">Mann–Kendall of train goodness on [t*, end].</param>
/// <param name="Rise">Relative rise of the eval loss at the end (median of the last points) over its best.</param>
internal sealed record OverfitCandidate(
    string RunId,
    MetricDefinition EvalDefinition,
    CheckpointSeries Eval,
    MetricDefinition TrainDefinition,
    CheckpointSeries Train,
    double BestStep,
    CheckpointSeries After,
    MannKendallResult EvalTrend,
    MannKendallResult TrainTrend,
    double Rise);
