using LogLens.Core.Detection.Curves;
using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Detection.Curves;

/// <summary>
/// <see cref="LossSpikes.Find"/> computes window MADs only where a spike is possible; it must find exactly the
/// events (indices, z, levels, recovery) of the plain Hampel filter that computes every window's median and MAD.
/// </summary>
public sealed class LossSpikesReferenceTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 60; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Events_equal_those_of_the_plain_filter_that_computes_every_window(int seed)
    {
        var random = new Random(seed);
        int n = random.Next(20, 1500);
        double[] steps = [.. Enumerable.Range(0, n).Select(i => (double)(i * 5))];
        bool spiky = seed % 2 == 0;
        double[] values = Curve(random, n, spiky);
        List<SpikeEvent> expected = Reference(steps, values);
        List<SpikeEvent> actual = LossSpikes.Find(steps, values);
        Assert.Equal(expected, actual);
        Assert.True(!spiky || n < 200 || expected.Count > 0, "the spiky curves must have spikes, or the comparison proves little");
    }

    /// <summary>A decaying, noisy curve, spiky ones with isolated spikes and a jump that stays up; some rounded (ties, flat stretches).</summary>
    private static double[] Curve(Random random, int n, bool spiky)
    {
        bool rounded = random.Next(3) == 0;
        int jump = (n / 4) + random.Next(n / 2);
        return [.. Enumerable.Range(0, n).Select(i =>
        {
            double v = (3 * Math.Exp(-i / (n / 4.0))) + (0.05 * random.NextDouble());
            v += spiky && random.Next(100) == 0 ? 1 + random.NextDouble() : 0;
            v += spiky && i >= jump ? 0.8 : 0;
            return rounded ? Math.Round(v, 2) : v;
        })];
    }

    /// <summary>The filter as docs/methods.md states it, every window's median and MAD computed directly.</summary>
    private static List<SpikeEvent> Reference(double[] steps, double[] values)
    {
        int n = values.Length;
        int h = LossSpikes.HalfWindow;
        var events = new List<SpikeEvent>();
        if (n < 2 * h)
        {
            return events;
        }

        var centred = new double[n];
        var scale = new double[n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> window = Window(values, i - h, i + h + 1);
            double median = Descriptive.Median(window);
            centred[i] = values[i] - median;
            scale[i] = Descriptive.Mad(window);
        }

        double floor = Math.Max(Descriptive.Mad(centred), 1e-9 * Math.Max(1, Math.Abs(Descriptive.Median(values))));
        SpikeEvent? open = null;
        for (int i = 0; i < n; i++)
        {
            double z = centred[i] / Math.Max(scale[i], floor);
            double before = double.NaN;
            double beforeScale = floor;
            if (i >= h / 2)
            {
                ReadOnlySpan<double> previous = Window(values, i - h, i);
                before = Descriptive.Median(previous);
                beforeScale = Math.Max(Descriptive.Mad(previous), floor);
                z = Math.Max(z, (values[i] - before) / beforeScale);
            }

            if (z <= LossSpikes.Threshold)
            {
                open = null;
            }
            else if (open is not null && open.LastIndex == i - 1)
            {
                open = open with { LastIndex = i, MaxZ = Math.Max(open.MaxZ, z) };
                events[^1] = open;
            }
            else
            {
                open = new SpikeEvent(i, i, steps[i], z, before, beforeScale, Recovered: true);
                events.Add(open);
            }
        }

        return [.. events.Select(e => e with { Recovered = Recovered(values, e) })];
    }

    private static bool Recovered(double[] values, SpikeEvent e)
    {
        int from = e.LastIndex + 1;
        int to = Math.Min(values.Length, from + LossSpikes.HalfWindow);
        return to - from < 3 || double.IsNaN(e.Before)
            || Descriptive.Median(values.AsSpan(from, to - from)) - e.Before <= LossSpikes.RecoveryThreshold * e.BeforeScale;
    }

    private static ReadOnlySpan<double> Window(double[] values, int from, int to)
    {
        int a = Math.Max(0, from);
        int b = Math.Min(values.Length, to);
        return values.AsSpan(a, b - a);
    }
}
