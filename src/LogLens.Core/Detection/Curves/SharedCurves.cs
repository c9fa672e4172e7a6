using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Curves;

/// <summary>
/// Curves prepared once per analysis and shared by the detectors that read them (<see cref="AnalysisContext.Shared{T}"/>):
/// a series' block-averaged checkpoints and their Mann–Kendall trend.
/// </summary>
internal static class SharedCurves
{
    /// <summary>The block-averaged checkpoints of a run's series; prepared once.</summary>
    public static CheckpointSeries Checkpoints(this AnalysisContext context, MetricSeries series, MetricDefinition definition) =>
        context.Shared(nameof(Checkpoints), series, () => CheckpointSeries.From(series, definition));

    /// <summary>The Mann–Kendall test of a series from <see cref="Checkpoints"/>; computed once.</summary>
    public static MannKendallResult Trend(this AnalysisContext context, CheckpointSeries points) =>
        context.Shared(nameof(Trend), points, points.Trend);
}
