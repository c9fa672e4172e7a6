using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

/// <summary>
/// Selection must return the k-th value of the sorted copy and leave the span partitioned at k, whichever path it
/// takes: short spans and spans with NaN by introselect alone, long ones from sample pivots (including when the
/// wanted rank falls outside them: ranks at the ends, heavy ties, adversarial orders).
/// </summary>
public sealed class OrderStatisticTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (int n in new[] { 100, OrderStatistic.SampledLength - 1, OrderStatistic.SampledLength, 5000, 19_900, 100_003 })
        {
            foreach (string shape in new[] { "uniform", "ties", "sorted", "reversed", "constant", "infinities", "organ" })
            {
                data.Add(n, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_tested_rank_is_the_sorted_value_and_the_span_is_partitioned_there(int n, string shape)
    {
        double[] values = Generate(n, shape, new Random(n ^ shape.Length));
        double[] sorted = [.. values.Order()];
        foreach (int k in new[] { 0, 1, n / 100, n / 4, (n / 2) - 1, n / 2, (3 * n) / 4, n - 2, n - 1 })
        {
            double[] copy = [.. values];
            double selected = OrderStatistic.Select(copy, k);
            Assert.Equal(sorted[k], selected);
            Assert.Equal(selected, copy[k]);
            Assert.All(copy[..k], v => Assert.True(v <= selected));
            Assert.All(copy[(k + 1)..], v => Assert.True(v >= selected));
            Assert.Equal(sorted, copy.Order());
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(20_000)]
    public void The_median_is_the_middle_of_the_sorted_copy(int n)
    {
        var random = new Random(n);
        double[] values = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble())];
        double[] sorted = [.. values.Order()];
        Assert.Equal(0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]), OrderStatistic.Median([.. values]));
    }

    [Fact]
    public void A_long_span_with_NaN_goes_to_introselect_and_returns_the_value_it_leaves_at_k()
    {
        var random = new Random(9);
        double[] values = [.. Enumerable.Range(0, 10_000).Select(_ => random.NextDouble())];
        values[5000] = double.NaN;
        double[] copy = [.. values];
        double selected = OrderStatistic.Select(copy, 100);
        Assert.Equal(copy[100], selected);
        Assert.Contains(copy, double.IsNaN);
    }

    private static double[] Generate(int n, string shape, Random random) => shape switch
    {
        "ties" => [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(5))],
        "sorted" => [.. Enumerable.Range(0, n).Select(i => (double)i)],
        "reversed" => [.. Enumerable.Range(0, n).Select(i => (double)(n - i))],
        "constant" => [.. Enumerable.Repeat(2.5, n)],
        "infinities" => [.. Enumerable.Range(0, n).Select(i => i % 3 == 0 ? double.PositiveInfinity : i % 3 == 1 ? double.NegativeInfinity : random.NextDouble())],
        "organ" => [.. Enumerable.Range(0, n).Select(i => (double)Math.Min(i, n - i))],
        _ => [.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 200) - 100)],
    };
}
