using LogLens.Core.Detection.Curves;
using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

/// <summary>The sliding window must give bit for bit what sorting a copy of each window gives.</summary>
public sealed class SlidingMedianTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 30; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_median_of_every_centred_and_trailing_window_equals_the_direct_one(int seed)
    {
        var random = new Random(seed);
        double[] values = Series(random, random.Next(20, 400));
        int half = random.Next(1, 12);
        var centred = new SlidingMedian(values, (2 * half) + 1);
        var trailing = new SlidingMedian(values, half);
        for (int i = 0; i < values.Length; i++)
        {
            centred.MoveTo(i - half, i + half + 1);
            AssertSame(Window(values, i - half, i + half + 1), centred);
            if (i > 0)
            {
                trailing.MoveTo(i - half, i);
                AssertSame(Window(values, i - half, i), trailing);
            }
        }
    }

    [Fact]
    public void A_series_with_non_finite_values_gives_the_direct_results()
    {
        double[] values = [1, 2, double.PositiveInfinity, 4, double.NaN, 3, 2, 1, 0.5];
        var window = new SlidingMedian(values, 5);
        for (int i = 0; i < values.Length; i++)
        {
            window.MoveTo(i - 2, i + 3);
            AssertSame(Window(values, i - 2, i + 3), window);
        }
    }

    [Fact]
    public void Loss_spikes_of_a_noisy_curve_with_a_jump_are_found_as_before()
    {
        var random = new Random(4);
        double[] values = [.. Enumerable.Range(0, 600).Select(i => 2 * Math.Exp(-i / 150.0) + (0.01 * random.NextDouble()) + (i is >= 300 and < 303 ? 1 : 0))];
        double[] steps = [.. Enumerable.Range(0, 600).Select(i => (double)i)];
        List<SpikeEvent> spikes = LossSpikes.Find(steps, values);
        SpikeEvent spike = Assert.Single(spikes);
        Assert.Equal((300, 302), (spike.FirstIndex, spike.LastIndex));
        Assert.True(spike.Recovered);
    }

    private static void AssertSame(ReadOnlySpan<double> window, SlidingMedian sliding)
    {
        double median = Descriptive.Median(window);
        Assert.Equal(BitConverter.DoubleToInt64Bits(median), BitConverter.DoubleToInt64Bits(sliding.Median()));
    }

    private static ReadOnlySpan<double> Window(double[] values, int from, int to)
    {
        int a = Math.Max(0, from);
        int b = Math.Min(values.Length, to);
        return values.AsSpan(a, b - a);
    }

    /// <summary>A decaying curve with noise, rounded half the time so that windows hold ties.</summary>
    private static double[] Series(Random random, int n)
    {
        bool rounded = random.Next(2) == 0;
        return [.. Enumerable.Range(0, n).Select(i =>
        {
            double v = (3 * Math.Exp(-i / (n / 4.0))) + (0.2 * random.NextDouble()) + (random.Next(50) == 0 ? 2 : 0);
            return rounded ? Math.Round(v, 1) : v;
        })];
    }
}
