using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// Upward spikes in a raw loss series (METHODS P5, LL105), on finite points in step order. A point is a spike when
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

        var centred = new double[n];
        var scale = new double[n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> window = Window(values, i - HalfWindow, i + HalfWindow + 1);
            double median = Descriptive.Median(window);
            centred[i] = values[i] - median;
            scale[i] = Descriptive.MadAbout(window, median);
        }

        double floor = Math.Max(Descriptive.Mad(centred), 1e-9 * Math.Max(1, Math.Abs(Descriptive.Median(values))));
        SpikeEvent? open = null;
        for (int i = 0; i < n; i++)
        {
            double z = centred[i] / Math.Max(scale[i], floor);
            double before = double.NaN;
            double beforeScale = floor;
            if (i >= HalfWindow / 2)
            {
                ReadOnlySpan<double> previous = Window(values, i - HalfWindow, i);
                before = Descriptive.Median(previous);
                beforeScale = Math.Max(Descriptive.MadAbout(previous, before), floor);
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

        return [.. events.Select(e => e with { Recovered = Recovered(values, e) })];
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

    private static ReadOnlySpan<double> Window(double[] values, int from, int to)
    {
        int a = Math.Max(0, from);
        int b = Math.Min(values.Length, to);
        return values.AsSpan(a, b - a);
    }
}
