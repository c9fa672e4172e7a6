using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Reduces a series to at most a given number of points, deterministically: a systematic sample (evenly spaced
/// indices, first and last included) plus the points statistics depend on, which are always kept: the last finite
/// point (the final value), the first lowest and first highest finite point (min, max and so best in either
/// direction) and the first non-finite point (a NaN loss is a finding).
/// </summary>
/// <remarks>
/// Why not M4 or LTTB: they keep each bucket's extremes, which draws a curve faithfully but inflates its noise, and
/// the trend tests the detectors run (Mann–Kendall, Sen's slope) then see less trend per unit of noise. An even
/// sample keeps the noise distribution (at a coarser step): on the demo, overfitting (LL103) survived a 40-point
/// budget this way and not with M4.
/// </remarks>
internal static class SeriesDownsampler
{
    /// <summary>Points reserved for the anchors (last finite, min, max, first non-finite) and slack.</summary>
    public const int AnchorPoints = 4;

    /// <summary>The smallest point budget.</summary>
    public const int MinimumMaxPoints = 10;

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
        var keep = new SortedSet<int>();
        AddAnchors(values, keep);
        int grid = maxPoints - AnchorPoints;
        for (int b = 0; b < grid; b++)
        {
            keep.Add((int)((long)b * (n - 1) / (grid - 1)));
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
