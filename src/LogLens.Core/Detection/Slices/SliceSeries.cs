using System.Collections.Immutable;
using LogLens.Core.Statistics;
using LogLens.Core.Detection.Detectors;

namespace LogLens.Core.Detection.Slices;

/// <summary>One slice of one metric on one dataset, across runs (ordinal by run id).</summary>
/// <param name="Metric">"correct" or "score" for sample-derived slices, else the score metric.</param>
/// <param name="Dataset">The dataset the overall value is measured on.</param>
/// <param name="Slice">The slice name.</param>
/// <param name="Points">One point per run.</param>
/// <param name="HigherIsBetter">Direction of the metric (values are stored raw).</param>
internal sealed record SliceSeries(string Metric, string Dataset, string Slice, ImmutableArray<SlicePoint> Points, bool HigherIsBetter = true)
{
    /// <summary>Median items per run, or null when no run says.</summary>
    public double? MedianItems
    {
        get
        {
            double[] known = [.. Points.Where(p => p.Items is not null).Select(p => (double)p.Items!.Value)];
            return known.Length == 0 ? null : Statistics.Descriptive.Median(known);
        }
    }

    /// <summary>The family key: slices of one metric on one dataset are tested together.</summary>
    public string Family => Metric + "|" + Dataset;

    /// <summary>A value as goodness.</summary>
    public double Goodness(double value) => HigherIsBetter ? value : -value;

    /// <summary>Per-config cells of the slice values (goodness).</summary>
    public ImmutableArray<EffectCell> SliceCells(AnalysisContext context) => Cells(context, p => p.Value);

    /// <summary>Per-config cells of the overall values (goodness).</summary>
    public ImmutableArray<EffectCell> OverallCells(AnalysisContext context) => Cells(context, p => p.Overall);

    private ImmutableArray<EffectCell> Cells(AnalysisContext context, Func<SlicePoint, double> value) =>
    [
        .. Points.Where(p => double.IsFinite(value(p)))
            .GroupBy(p => p.ConfigKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EffectCell(g.Key, context.Runs.Keys[g.First().RunId].ConfigParams, [.. g.Select(p => Goodness(value(p)))])),
    ];
}
