using LogLens.Core.Model;

namespace LogLens.Core.Tests.Model;

public sealed class MetricSeriesTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, -1)]
    [InlineData(new[] { 1.0, double.NaN, double.PositiveInfinity }, 1)]
    [InlineData(new[] { 1.0, 2.0, double.PositiveInfinity }, 2)]
    [InlineData(new[] { double.NegativeInfinity, 2.0 }, 0)]
    [InlineData(new[] { double.MaxValue, double.MinValue, double.Epsilon, -0.0 }, -1)]
    [InlineData(new double[0], -1)]
    public void The_first_non_finite_index_finds_NaN_and_both_infinities(double[] values, int expected)
    {
        var series = new MetricSeries("loss", [.. values.Select((_, i) => (double)i)], values);
        Assert.Equal(expected, series.FirstNonFiniteIndex);
    }
}
