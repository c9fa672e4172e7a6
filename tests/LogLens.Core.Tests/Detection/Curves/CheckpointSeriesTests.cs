using LogLens.Core.Detection.Curves;

namespace LogLens.Core.Tests.Detection.Curves;

public sealed class CheckpointSeriesTests
{
    [Theory]
    [InlineData(5000, 200)]
    [InlineData(4999, 200)]
    [InlineData(201, 200)]
    public void Block_averages_are_bit_identical_to_Enumerable_Average_of_each_block(int n, int maxPoints)
    {
        var random = new Random(n);
        double[] steps = [.. Enumerable.Range(0, n).Select(i => i * 7.0)];
        double[] values = [.. steps.Select(s => Math.Exp(-s / n) + (0.37 * random.NextDouble()))];
        (double[] blockSteps, double[] blockValues) = CheckpointSeries.BlockAverage(steps, values, maxPoints);
        int size = (n + maxPoints - 1) / maxPoints;
        Assert.True(blockValues.Length <= maxPoints);
        for (int b = 0; b < blockValues.Length; b++)
        {
            var block = Enumerable.Range(b * size, Math.Min(size, n - (b * size))).ToList();
            Assert.Equal(BitConverter.DoubleToInt64Bits(block.Select(i => steps[i]).Average()), BitConverter.DoubleToInt64Bits(blockSteps[b]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(block.Select(i => values[i]).Average()), BitConverter.DoubleToInt64Bits(blockValues[b]));
        }
    }

    [Fact]
    public void A_short_series_is_not_averaged()
    {
        double[] steps = [1, 2, 3];
        double[] values = [0.5, 0.4, 0.3];
        (double[] s, double[] v) = CheckpointSeries.BlockAverage(steps, values, 200);
        Assert.Same(steps, s);
        Assert.Same(values, v);
    }
}
