using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

/// <summary>Knight's O(n log n) counts must equal the pair loops exactly, ties and signed zeros included.</summary>
public sealed class PairCountsTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_concordance_difference_equals_the_pair_loop(int seed)
    {
        var random = new Random(seed);
        (double[] x, double[] y) = (Draw(random), Draw(random));
        int n = Math.Min(x.Length, y.Length);
        long expected = 0;
        for (int i = 0; i < n - 1; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                expected += Math.Sign(x[j] - x[i]) * Math.Sign(y[j] - y[i]);
            }
        }

        Assert.Equal(expected, PairCounts.ConcordanceDifference(x.AsSpan(0, n), y.AsSpan(0, n)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_trend_difference_equals_the_pair_loop(int seed)
    {
        double[] values = Draw(new Random(seed));
        long expected = 0;
        for (int i = 0; i < values.Length - 1; i++)
        {
            for (int j = i + 1; j < values.Length; j++)
            {
                expected += Math.Sign(values[j] - values[i]);
            }
        }

        Assert.Equal(expected, PairCounts.TrendDifference(values));
    }

    [Fact]
    public void Kendall_tau_b_of_300_tied_values_equals_the_pair_loop_formula()
    {
        var random = new Random(9);
        double[] x = [.. Enumerable.Range(0, 300).Select(_ => (double)random.Next(50))];
        double[] y = [.. x.Select(v => v + random.Next(30))];
        // Reference: τ-b from the pair loop (TauB takes Knight's path at n ≥ MinValues).
        long c = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                c += Math.Sign(x[j] - x[i]) * Math.Sign(y[j] - y[i]);
            }
        }

        double total = x.Length * (x.Length - 1.0) / 2;
        double xTies = x.GroupBy(v => v).Sum(g => g.Count() * (g.Count() - 1.0) / 2);
        double yTies = y.GroupBy(v => v).Sum(g => g.Count() * (g.Count() - 1.0) / 2);
        double expected = c / Math.Sqrt(total - xTies) / Math.Sqrt(total - yTies);
        Assert.Equal(expected, KendallTau.TauB(x, y).Statistic, 12);
    }

    [Fact]
    public void Non_finite_values_keep_the_pair_loop()
    {
        double[] values = [.. Enumerable.Range(0, 100).Select(i => (double)i)];
        values[50] = double.NaN;
        Assert.False(PairCounts.Applies(values));
    }

    /// <summary>64–400 values with heavy ties (a few distinct levels), or continuous, with signed zeros.</summary>
    private static double[] Draw(Random random)
    {
        int n = random.Next(PairCounts.MinValues, 400);
        int levels = random.Next(2) == 0 ? random.Next(2, 8) : int.MaxValue;
        return [.. Enumerable.Range(0, n).Select(_ => random.Next(10) == 0
            ? (random.Next(2) == 0 ? 0.0 : -0.0)
            : levels == int.MaxValue ? random.NextDouble() - 0.5 : random.Next(levels) - 2.0)];
    }
}
