using LogLens.Core.Model;

namespace LogLens.Core.Export;

/// <summary>
/// Reduces a series to at most a given number of points, deterministically: M4 over equal-count buckets (each
/// bucket keeps its first, last, lowest and highest point) plus the points statistics depend on, which are always
/// kept: the first and last point, the last finite point (the final value), the first lowest and first highest
/// finite point (min, max and so best in either direction) and the first non-finite point (a NaN loss is a finding).
/// </summary>
public static class SeriesDownsampler
{
    /// <summary>The points always kept besides the buckets' (first, last, last finite, min, max, first non-finite).</summary>
    public const int AnchorPoints = 6;

    /// <summary>The smallest point budget: the anchors plus one bucket of four.</summary>
    public const int MinimumMaxPoints = AnchorPoints + 4;

    /// <summary>Indices of the points to keep, ascending; all indices when the series already fits.</summary>
    /// <param name="series">The full series.</param>
    /// <param name="maxPoints">The budget, at least <see cref="MinimumMaxPoints"/>.</param>
    public static int[] Keep(MetricSeries series, int maxPoints)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, MinimumMaxPoints);
        int n = series.Count;
        if (n <= maxPoints)
        {
            return [.. Enumerable.Range(0, n)];
        }

        double[] values = series.Values;
        var keep = new SortedSet<int> { 0, n - 1 };
        AddAnchors(values, keep);
        int buckets = (maxPoints - AnchorPoints) / 4;
        for (int b = 0; b < buckets; b++)
        {
            int start = (int)((long)b * n / buckets);
            int end = (int)((long)(b + 1) * n / buckets);
            keep.Add(start);
            keep.Add(end - 1);
            (int min, int max) = Extremes(values, start, end);
            if (min >= 0)
            {
                keep.Add(min);
                keep.Add(max);
            }
        }

        return [.. keep];
    }

    private static void AddAnchors(double[] values, SortedSet<int> keep)
    {
        (int min, int max) = Extremes(values, 0, values.Length);
        if (min >= 0)
        {
            keep.Add(min);
            keep.Add(max);
        }

        int lastFinite = Array.FindLastIndex(values, double.IsFinite);
        if (lastFinite >= 0)
        {
            keep.Add(lastFinite);
        }

        int firstNonFinite = Array.FindIndex(values, v => !double.IsFinite(v));
        if (firstNonFinite >= 0)
        {
            keep.Add(firstNonFinite);
        }
    }

    /// <summary>The first lowest and first highest finite value's index in [start, end), or (-1, -1) when none is finite.</summary>
    private static (int Min, int Max) Extremes(double[] values, int start, int end)
    {
        int min = -1;
        int max = -1;
        for (int i = start; i < end; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v))
            {
                continue;
            }

            if (min < 0 || v < values[min])
            {
                min = i;
            }

            if (max < 0 || v > values[max])
            {
                max = i;
            }
        }

        return (min, max);
    }
}
