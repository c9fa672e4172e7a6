using LogLens.Core.Detection.Detectors;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Slices;

/// <summary>A slice's gain between the worst and best level of a parameter: runs at the best level against runs at the worst (Welch).</summary>
/// <param name="Delta">Mean at the best level − mean at the worst level (goodness).</param>
/// <param name="Welch">The Welch test and CI of that difference.</param>
internal sealed record SliceGain(double Delta, WelchResult Welch)
{
    /// <summary>The gain of <paramref name="value"/> over the slice's runs.</summary>
    public static SliceGain Of(SliceSeries series, ParameterEffect driver, Func<SlicePoint, double> value)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(driver);
        double[] best = At(series.Points, driver, driver.BestLevel, value);
        double[] worst = At(series.Points, driver, driver.WorstLevel, value);
        WelchResult welch = WelchT.Test(best, worst);
        return new SliceGain(best.Length > 0 && worst.Length > 0 ? best.Average() - worst.Average() : double.NaN, welch);
    }

    /// <summary>The gain of the per-run difference frequent − edge (matched by run): how much more the frequent slice gains.</summary>
    public static SliceGain Gap(SliceSeries frequent, SliceSeries edge, ParameterEffect driver)
    {
        ArgumentNullException.ThrowIfNull(frequent);
        ArgumentNullException.ThrowIfNull(edge);
        var edgeByRun = edge.Points.ToDictionary(p => p.RunId, StringComparer.Ordinal);
        var matched = frequent.Points.Where(p => edgeByRun.ContainsKey(p.RunId))
            .Select(p => p with { Value = frequent.Goodness(p.Value) - edge.Goodness(edgeByRun[p.RunId].Value) })
            .ToList();
        return Of(frequent with { Points = [.. matched], HigherIsBetter = true }, driver, p => p.Value);
    }

    private static double[] At(IEnumerable<SlicePoint> points, ParameterEffect driver, int level, Func<SlicePoint, double> value) =>
        [.. points.Where(p => driver.ConfigLevels.TryGetValue(p.ConfigKey, out int l) && l == level).Select(value).Where(double.IsFinite)];
}
