using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Detection.Slices;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL201 UnresponsiveSlice (docs/methods.md): a slice (edge cases, a rare class, a must-refuse set) that lags the
/// overall metric by ≥ <see cref="SliceFamily.SliceGap"/> while some parameter moves the overall metric
/// (q ≤ α, ω² ≥ 0.01) and none moves the slice (BH over slices × parameters), and the slice's gain along
/// that parameter (best vs worst level of the overall metric) has a 95% Welch upper bound below the overall
/// gain, so a slice merely too noisy to show the effect is not called stuck. Slices come from
/// <see cref="SliceTable"/>; slices too small to measure are left to LL203.
/// </summary>
internal sealed class UnresponsiveSliceDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly UnresponsiveSliceDetector Default = new();

    private UnresponsiveSliceDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.UnresponsiveSlice];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double alpha = context.Thresholds.Alpha;
        foreach (SliceFamily family in SliceFamily.All(context, FindingCatalog.UnresponsiveSlice))
        {
            ParameterEffect? driver = family.Overall.Moving(alpha, context.Thresholds.OmegaSquared).FirstOrDefault();
            if (driver is null)
            {
                continue;
            }

            foreach ((SliceSeries series, EffectAnalysis analysis) in family.Slices)
            {
                double slice = series.Points.Average(p => series.Goodness(p.Value));
                double overall = series.Points.Average(p => series.Goodness(p.Overall));
                if (overall - slice < SliceFamily.SliceGap || analysis.Moving(alpha, context.Thresholds.OmegaSquared).Any())
                {
                    continue;
                }

                // "Not significant" alone is not "unresponsive": the slice's own gain along the overall's driver
                // must be confidently smaller than the overall gain (equivalence-with-margin), so a slice too
                // noisy to show the overall's effect is not reported as stuck.
                SliceGain gain = SliceGain.Of(series, driver, p => series.Goodness(p.Value));
                if (gain.Welch.DifferenceCi.High < driver.Range)
                {
                    yield return Build(series, analysis, driver, gain, slice, overall);
                }
            }
        }
    }

    private static Finding Build(SliceSeries series, EffectAnalysis analysis, ParameterEffect driver, SliceGain gain, double slice, double overall)
    {
        ParameterEffect closest = analysis.Effects.MinBy(e => e.Q)!;
        ParameterEffect? onSlice = analysis.Effects.FirstOrDefault(e => e.Parameter == driver.Parameter);
        string message = NoiseInputs.Format(
            $"Slice {series.Slice} lags on {series.Metric} ({series.Dataset}): {slice:0.###} vs {overall:0.###} overall, and no parameter moves it (smallest ",
            $"{MessageNumbers.P(closest.Q, "q")}, {closest.Parameter}) while {driver.Parameter} moves the overall metric by {driver.Range:0.###} ",
            $"({MessageNumbers.P(driver.Q, "q")}); collect or relabel data for this slice");
        var evidence = Evidence.Of(
            ("slice_mean", slice),
            ("overall_mean", overall),
            ("gap", overall - slice),
            ("overall_parameter", driver.Parameter),
            ("overall_effect", driver.Range),
            ("overall_q", driver.Q),
            ("overall_omega_squared", driver.OmegaSquared),
            ("slice_gain", gain.Delta),
            ("slice_gain_ci", new[] { gain.Welch.DifferenceCi.Low, gain.Welch.DifferenceCi.High }),
            ("slice_min_q", closest.Q),
            ("slice_max_omega_squared", analysis.Effects.Max(e => e.OmegaSquared)),
            ("items", series.MedianItems ?? double.NaN),
            ("configs", analysis.Configs),
            ("runs", analysis.Runs));
        return Finding.Create(FindingCatalog.UnresponsiveSlice, new Subject(Metric: series.Metric, Dataset: series.Dataset, Slice: series.Slice),
            message, evidence, Plot(series, driver, onSlice));
    }

    private static PlotSpec Plot(SliceSeries series, ParameterEffect driver, ParameterEffect? onSlice)
    {
        double[] x = LevelAxis(driver.Levels, out string scale);
        var lines = ImmutableArray.Create(new PlotSeries("overall", x, [.. driver.LevelMeans.Select(series.Goodness)]));
        if (onSlice is not null && onSlice.Levels.SequenceEqual(driver.Levels))
        {
            lines = lines.Add(new PlotSeries($"slice {series.Slice}", x, [.. onSlice.LevelMeans.Select(series.Goodness)]));
        }

        return new PlotSpec(FindingCatalog.UnresponsiveSlice.PlotName($"{series.Dataset}-{series.Slice}-{series.Metric}"), PlotKind.Lines,
            FindingCatalog.UnresponsiveSlice.PlotTitle($"{driver.Parameter} moves the overall metric, not slice {series.Slice}"), $"{driver.Parameter}{scale}",
                $"mean {series.Metric} ({series.Dataset})")
        {
            Series = lines,
            Note = NoiseInputs.Format($"levels: {string.Join(", ", driver.Levels)}; overall {MessageNumbers.P(driver.Q, "q")}"),
        };
    }

    /// <summary>Numeric levels on their own scale (log10 when they span more than 100×), otherwise 1..k.</summary>
    internal static double[] LevelAxis(ImmutableArray<string> levels, out string scale)
    {
        var numbers = levels.Select(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
        if (numbers.All(double.IsFinite))
        {
            bool log = numbers.Min() > 0 && numbers.Max() / numbers.Min() > 100;
            scale = log ? " (log10)" : string.Empty;
            return log ? [.. numbers.Select(Math.Log10)] : numbers;
        }

        scale = " (level)";
        return [.. Enumerable.Range(1, levels.Length).Select(i => (double)i)];
    }
}
