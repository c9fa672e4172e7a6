using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class SenSlopeTests
{
    [Fact]
    public void Should_match_scipy_theilslopes_with_90_percent_CI()
    {
        double[] y = [3.1, 2.9, 2.7, 2.8, 2.4, 2.2, 2.3, 1.9, 1.8, 1.7, 1.75, 1.5];
        double[] x = Enumerable.Range(0, 12).Select(i => (double)i).ToArray();
        SenSlopeResult r = SenSlope.Estimate(x, y, 0.90);
        Approx.Equal(-0.14999999999999997, r.Slope);
        Approx.Equal(3.0749999999999997, r.Intercept);
        Approx.Equal(-0.16666666666666666, r.Low);
        Approx.Equal(-0.12500000000000006, r.High);
    }

    [Fact]
    public void Should_match_scipy_theilslopes_with_ties_in_x_and_y()
    {
        // scipy.stats.theilslopes(y, x, 0.95)
        double[] x = [0, 1, 1, 2, 3, 4, 4, 5, 6, 7];
        double[] y = [1.0, 1.2, 0.9, 1.5, 1.5, 2.0, 2.4, 2.2, 3.0, 2.9];
        SenSlopeResult r = SenSlope.Estimate(x, y, 0.95);
        Approx.Equal(0.30000000000000004, r.Slope);
        Approx.Equal(0.6999999999999997, r.Intercept);
        Approx.Equal(0.24000000000000005, r.Low);
        Approx.Equal(0.375, r.High);
    }

    [Fact]
    public void Should_be_undefined_without_two_distinct_x()
    {
        Assert.True(double.IsNaN(SenSlope.Estimate([1, 1, 1], [1, 2, 3]).Slope));
        Assert.True(double.IsNaN(SenSlope.Estimate([], []).Slope));
    }

    [Fact]
    public void Should_give_zero_slope_for_a_constant_series()
    {
        SenSlopeResult r = SenSlope.Estimate([0, 1, 2, 3], [5, 5, 5, 5]);
        Assert.Equal(0, r.Slope);
        Assert.Equal(5, r.Intercept);
    }

    [Fact]
    public void Should_recover_the_slope_of_a_long_noisy_line_quickly()
    {
        var rng = new Random(5);
        int n = 2000;
        double[] x = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        double[] y = x.Select(v => (0.5 * v) + DescriptiveTests.StandardNormal(rng)).ToArray();
        SenSlopeResult r = SenSlope.Estimate(x, y);
        Assert.InRange(r.Slope, 0.499, 0.501);
        Assert.True(r.Low <= r.Slope && r.Slope <= r.High);
    }

    [Fact]
    public void Should_select_the_same_order_statistics_as_a_full_sort()
    {
        var rng = new Random(3);
        double[] values = Enumerable.Range(0, 1000).Select(_ => Math.Round(rng.NextDouble() * 20)).ToArray();
        double[] sorted = [.. values.Order()];
        Assert.Equal(0.5 * (sorted[499] + sorted[500]), OrderStatistic.Median(values.ToArray()));
        Assert.Equal(sorted[17], OrderStatistic.Select(values.ToArray(), 17));
        Assert.Equal(sorted[999], OrderStatistic.Select(values.ToArray(), 999));
    }

    /// <summary>
    /// Sen keeps only the slopes between two sample-chosen bounds (with many pairs) before selecting: the results
    /// must be the order statistics of all slopes, with few and many pairs, ties in x and y, and bounds that miss.
    /// </summary>
    [Theory]
    [InlineData(1, true, 1)]
    [InlineData(2, true, 1)]
    [InlineData(3, false, 1)]
    [InlineData(4, false, 1)]
    [InlineData(5, true, 6)]
    [InlineData(6, true, 6)]
    [InlineData(7, false, 6)]
    [InlineData(8, true, 0)]
    [InlineData(9, false, 0)]
    [InlineData(10, true, 12)]
    [InlineData(11, true, 3)]
    [InlineData(12, false, 3)]
    public void Slope_and_CI_bounds_are_the_order_statistics_of_all_sorted_pairwise_slopes(int seed, bool increasingX, int decimals)
    {
        var rng = new Random(seed);
        int n = seed <= 4 ? rng.Next(30, 250) : rng.Next(90, 400);
        double[] x = [.. Enumerable.Range(0, n).Select(i => increasingX ? i * 3.0 : Math.Round(rng.NextDouble() * n / 4))];
        double trend = seed % 3 == 0 ? 0 : 0.1;
        double[] y = [.. x.Select(v => Math.Round((trend * v) + rng.NextDouble(), decimals))];
        var slopes = new List<double>();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (x[j] > x[i])
                {
                    slopes.Add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }

        double[] sorted = [.. slopes.Order()];
        int m = sorted.Length;
        SenSlopeResult r = SenSlope.Estimate(x, y, 0.90);
        double median = m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[(m / 2) - 1] + sorted[m / 2]);
        Assert.Equal(median, r.Slope);
        Assert.Equal(median, SenSlope.Median(x, y));
        Assert.Contains(r.Low, sorted);
        Assert.Contains(r.High, sorted);
        int lowRank = Array.IndexOf(sorted, r.Low);
        int highRank = Array.LastIndexOf(sorted, r.High);
        Assert.True(lowRank < m / 2 && highRank >= m / 2, $"bounds at ranks {lowRank} and {highRank} of {m}");
        double z = Distributions.NormalQuantile(0.05);
        double[] xs = [.. x];
        double sigma = Math.Sqrt(((n * (n - 1.0) * ((2 * n) + 5)) - Ties(xs) - Ties(y)) / 18);
        Assert.Equal(sorted[(int)Math.Max(Math.Round((m + (z * sigma)) / 2) - 1, 0)], r.Low);
        Assert.Equal(sorted[(int)Math.Min(Math.Round((m - (z * sigma)) / 2), m - 1)], r.High);
    }

    private static double Ties(double[] values) =>
        values.GroupBy(v => v).Select(g => (double)g.Count()).Sum(t => t * (t - 1) * ((2 * t) + 5));

    [Fact]
    public void An_infinite_value_makes_infinite_slopes_that_are_ordered_like_any_other()
    {
        double[] x = [.. Enumerable.Range(0, 120).Select(i => (double)i)];
        double[] y = [.. x.Select(v => v == 60 ? double.PositiveInfinity : 0.5 * v)];
        Assert.Equal(0.5, SenSlope.Median(x, y));
    }
}
