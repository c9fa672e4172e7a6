using System.Buffers;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Curves;

/// <summary>
/// Upward spikes in a raw loss series (docs/methods.md, LL105), on finite points in step order. A point is a spike when
/// its residual from the centred rolling median (±<see cref="HalfWindow"/> points) exceeds <see cref="Threshold"/>
/// robust SDs (1.4826·MAD of that window), or — so that a jump that stays up, which moves the centred median
/// with it, is still seen — its residual from the median of the previous <see cref="HalfWindow"/> points exceeds
/// the same multiple of their MAD. Window scales are floored at the global robust scale of the centred residuals
/// (1.4826·MAD over the whole series, itself floored at a tiny relative epsilon): the MAD of 10–21 points is
/// often far below the noise SD (it is 0 on flat stretches), which turned ordinary noise into spikes (with half
/// the global scale as floor, 40% of spike-free AR(1) φ = .8 curves were flagged); a noisier stretch still gets its own, larger scale.
/// Consecutive spike points form one event. An event has not recovered when the median of the next
/// <see cref="HalfWindow"/> points stays more than <see cref="RecoveryThreshold"/> scales above the median before it.
/// </summary>
internal static class LossSpikes
{
    /// <summary>Half-width of the rolling window.</summary>
    public const int HalfWindow = 10;

    /// <summary>Robust SDs above the rolling median that make a spike.</summary>
    public const double Threshold = 6;

    /// <summary>Robust SDs above the pre-spike level at which the points after a spike count as still high.</summary>
    public const double RecoveryThreshold = 3;

    /// <summary>Spike events of a series.</summary>
    public static List<SpikeEvent> Find(double[] steps, double[] values)
    {
        int n = values.Length;
        var events = new List<SpikeEvent>();
        if (n < 2 * HalfWindow)
        {
            return events;
        }

        // Per-point scratch from the pool: LL105 runs over every loss curve, and two fresh arrays per curve were
        // a third of an analysis's allocations.
        double[] medians = ArrayPool<double>.Shared.Rent(n);
        double[] centred = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Scan(steps, values, medians, centred, events);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(medians);
            ArrayPool<double>.Shared.Return(centred);
        }

        return [.. events.Select(e => e with { Recovered = Recovered(values, e) })];
    }

    /// <summary>Finds the events with the scratch arrays <paramref name="medians"/> and <paramref name="centred"/> (at least as long as the series).</summary>
    private static void Scan(double[] steps, double[] values, double[] medians, double[] centred, List<SpikeEvent> events)
    {
        int n = values.Length;

        // Medians for every point; the MADs only where a spike is possible. A window scale is floored at the global
        // scale, so z ≤ residual / floor (division rounds monotonically): where that is ≤ the threshold, the window's
        // MAD cannot make a spike and is not computed. Results equal computing every MAD.
        var window = new SlidingMedian(values, (2 * HalfWindow) + 1);
        for (int i = 0; i < n; i++)
        {
            window.MoveTo(i - HalfWindow, i + HalfWindow + 1);
            medians[i] = window.Median();
            centred[i] = values[i] - medians[i];
        }

        double floor = Floor(Descriptive.Mad(centred.AsSpan(0, n)), values);
        SpikeEvent? open = null;
        for (int i = 0; i < n; i++)
        {
            double z = centred[i] / floor > Threshold ? centred[i] / Math.Max(CentredScale(values, medians[i], i), floor) : double.NegativeInfinity;
            double before = double.NaN;
            double beforeScale = floor;
            // The trailing median is at least the trailing minimum and its scale at least the floor, so a point no
            // more than the threshold above that minimum cannot be a trailing-window spike either.
            if (i >= HalfWindow / 2 && (z > Threshold || (values[i] - TrailingMinimum(values, i)) / floor > Threshold))
            {
                ReadOnlySpan<double> trailing = values.AsSpan(Math.Max(0, i - HalfWindow), Math.Min(i, HalfWindow));
                before = Descriptive.Median(trailing);
                beforeScale = Math.Max(Descriptive.MadAbout(trailing, before), floor);
                z = Math.Max(z, (values[i] - before) / beforeScale);
            }

            if (z <= Threshold)
            {
                open = null;
                continue;
            }

            if (open is not null && open.LastIndex == i - 1)
            {
                open = open with { LastIndex = i, MaxZ = Math.Max(open.MaxZ, z) };
                events[^1] = open;
                continue;
            }

            open = new SpikeEvent(i, i, steps[i], z, Before: before, BeforeScale: beforeScale, Recovered: true);
            events.Add(open);
        }
    }

    /// <summary>
    /// The global scale: the MAD of the centred residuals, at least 1e-9 of the series' level (|median|, or 1). The
    /// median is only needed when the MAD is that small: |median| ≤ max |value| bounds the epsilon from above.
    /// </summary>
    private static double Floor(double mad, double[] values)
    {
        double largest = 0;
        foreach (double v in values)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        return mad > 1e-9 * Math.Max(1, largest) ? mad : Math.Max(mad, 1e-9 * Math.Max(1, Math.Abs(Descriptive.Median(values))));
    }

    /// <summary>The smallest of the (up to <see cref="HalfWindow"/>) points before point <paramref name="i"/>.</summary>
    private static double TrailingMinimum(double[] values, int i)
    {
        double low = double.PositiveInfinity;
        for (int k = Math.Max(0, i - HalfWindow); k < i; k++)
        {
            low = Math.Min(low, values[k]);
        }

        return low;
    }

    /// <summary>The robust SD (scaled MAD) of the centred window around point <paramref name="i"/>, whose median is given.</summary>
    private static double CentredScale(double[] values, double median, int i)
    {
        int from = Math.Max(0, i - HalfWindow);
        int to = Math.Min(values.Length, i + HalfWindow + 1);
        return Descriptive.MadAbout(values.AsSpan(from, to - from), median);
    }

    private static bool Recovered(double[] values, SpikeEvent e)
    {
        int from = e.LastIndex + 1;
        int to = Math.Min(values.Length, from + HalfWindow);
        if (to - from < 3 || double.IsNaN(e.Before))
        {
            return true;
        }

        double after = Descriptive.Median(values.AsSpan(from, to - from));
        return after - e.Before <= RecoveryThreshold * e.BeforeScale;
    }
}
