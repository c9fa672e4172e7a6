using System.Runtime.CompilerServices;
using LogLens.Core.Statistics;

namespace LogLens.Core.Statistics;

/// <summary>
/// The median of a window sliding forward over a series, kept sorted as it moves (one replace per step) instead of
/// sorting a copy per point. Results are bit-identical to <see cref="Descriptive.Median"/> of the same window;
/// series with non-finite values take that function directly.
/// </summary>
internal sealed class SlidingMedian
{
    private readonly double[] values;
    private readonly double[] sorted;
    private readonly bool direct;
    private int from;
    private int to;

    public SlidingMedian(double[] values, int maxWidth)
    {
        this.values = values;
        sorted = new double[maxWidth];
        direct = values.AsSpan().ContainsAnyExceptInRange(double.MinValue, double.MaxValue);
    }

    private ReadOnlySpan<double> Window
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => direct ? values.AsSpan(from, to - from) : sorted.AsSpan(0, to - from);
    }

    /// <summary>Moves the window to [<paramref name="start"/>, <paramref name="end"/>) clipped to the series; both bounds only move forward.</summary>
    public void MoveTo(int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(values.Length, end);

        // A window sliding by one point swaps the value leaving for the one entering in one move.
        for (; from < start && to < end && from < to && !direct; from++, to++)
        {
            Replace(values[from], values[to], to - from);
        }

        // Drop first, then add, so the sorted buffer never holds more than the window.
        for (; from < start && from < to; from++)
        {
            if (!direct)
            {
                Remove(values[from], to - from);
            }
        }

        if (from < start)
        {
            from = to = start;
        }

        for (; to < end; to++)
        {
            if (!direct)
            {
                Insert(values[to], to - from);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called once per point: see Descriptive.QuantileR7Sorted
    public double Median() => direct ? Descriptive.Median(Window) : Descriptive.QuantileR7Sorted(Window, 0.5);

    // Windows are a few dozen points: shifting in place beats a binary search plus Array.Copy. Only finite
    // values get here, so == finds the value removed (the sorted multiset is all that matters).
    private void Insert(double value, int count)
    {
        int at = count - 1;
        for (; at >= 0 && sorted[at] > value; at--)
        {
            sorted[at + 1] = sorted[at];
        }

        sorted[at + 1] = value;
    }

    /// <summary>Replaces one occurrence of <paramref name="leaving"/> by <paramref name="entering"/>, shifting only the values between them.</summary>
    private void Replace(double leaving, double entering, int count)
    {
        int at = 0;
        while (sorted[at] != leaving)
        {
            at++;
        }

        for (; at + 1 < count && sorted[at + 1] < entering; at++)
        {
            sorted[at] = sorted[at + 1];
        }

        for (; at > 0 && sorted[at - 1] > entering; at--)
        {
            sorted[at] = sorted[at - 1];
        }

        sorted[at] = entering;
    }

    private void Remove(double value, int count)
    {
        int at = 0;
        while (sorted[at] != value)
        {
            at++;
        }

        for (; at < count - 1; at++)
        {
            sorted[at] = sorted[at + 1];
        }
    }
}
