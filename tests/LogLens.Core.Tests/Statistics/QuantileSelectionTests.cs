using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

/// <summary>Long inputs take selection instead of a full sort; the quantiles must be exactly the sorted ones.</summary>
public sealed class QuantileSelectionTests
{
    [Theory]
    [InlineData(257, 0.5)]
    [InlineData(1000, 0.5)]
    [InlineData(1001, 0.5)]
    [InlineData(5000, 0.025)]
    [InlineData(5000, 0.975)]
    [InlineData(999, 0.0)]
    [InlineData(999, 1.0)]
    public void Long_inputs_give_the_quantile_of_the_sorted_copy(int n, double tau)
    {
        var random = new Random(n);
        double[] values = [.. Enumerable.Range(0, n).Select(_ => random.Next(4) == 0 ? Math.Round(random.NextDouble(), 1) : random.NextDouble() * 100 - 50)];
        values[3] = double.PositiveInfinity;
        values[7] = double.NegativeInfinity;
        double[] sorted = [.. values.Order()];
        double h = (n - 1) * tau;
        int lo = (int)Math.Floor(h);
        double expected = lo >= n - 1 ? sorted[^1] : sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Descriptive.QuantileR7(values, tau)));
    }

    [Fact]
    public void The_MAD_of_a_long_series_equals_the_one_from_sorted_copies()
    {
        var random = new Random(2);
        double[] values = [.. Enumerable.Range(0, 4000).Select(_ => random.NextDouble())];
        double[] sorted = [.. values.Order()];
        double median = sorted[1999] + (0.5 * (sorted[2000] - sorted[1999]));
        double[] deviations = [.. values.Select(v => Math.Abs(v - median)).Order()];
        double expected = Descriptive.MadNormalConsistency * (deviations[1999] + (0.5 * (deviations[2000] - deviations[1999])));
        Assert.Equal(expected, Descriptive.Mad(values));
    }

    [Fact]
    public void Input_with_NaN_still_sorts_NaN_first_as_before()
    {
        double[] values = [.. Enumerable.Range(0, 300).Select(i => (double)i)];
        values[10] = double.NaN;
        Assert.True(double.IsNaN(Descriptive.QuantileR7(values, 0)));
    }
}
