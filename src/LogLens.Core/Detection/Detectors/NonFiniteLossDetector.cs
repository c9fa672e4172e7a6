using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;

namespace LogLens.Core.Detection.Detectors;

/// <summary>LL101: the first NaN/Inf step of every loss series, per run and metric (docs/methods.md).</summary>
internal sealed class NonFiniteLossDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly NonFiniteLossDetector Default = new();

    private NonFiniteLossDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.NonFiniteLoss];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (Run run in context.Runs.Runs)
        {
            foreach (MetricSeries series in run.Series)
            {
                int first = series.FirstNonFiniteIndex;
                if (first < 0 || !context.Runs.Metrics.TryGetValue(series.Name, out MetricDefinition? definition) || !definition.IsLoss)
                {
                    continue;
                }

                yield return Create(run.Id, series, definition, first);
            }
        }
    }

    private static Finding Create(string runId, MetricSeries series, MetricDefinition definition, int first)
    {
        double step = series.Steps[first];
        double bad = series.Values[first];
        string kind = double.IsNaN(bad) ? "NaN" : bad > 0 ? "+Infinity" : "-Infinity";
        int nonFinite = series.Values.Count(v => !double.IsFinite(v));
        (double[] steps, double[] values) = series.Finite();
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Run {runId}: {series.Name} became {kind} at step {MessageNumbers.Step(step)} ({nonFinite} of {series.Count} points non-finite)");
        var evidence = Evidence.Of(
            ("first_bad_step", step),
            ("first_bad_value", kind),
            ("non_finite_points", nonFinite),
            ("points", series.Count),
            ("finite_before", first));
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.NonFiniteLoss, runId, series.Name), PlotKind.Lines,
            FindingCatalog.NonFiniteLoss.PlotTitle(message), "step", TrendPlots.AxisLabel(definition))
        {
            Series = [new PlotSeries($"{series.Name} (finite points)", steps, values)],
            Shade = (step, Math.Max(step, series.Steps[^1])),
            Note = string.Create(CultureInfo.InvariantCulture, $"first {kind} at step {MessageNumbers.Step(step)}; shaded: from there to the end"),
        };
        return Finding.Create(FindingCatalog.NonFiniteLoss, new Subject(Run: runId, Metric: series.Name), message, evidence, plot);
    }
}
