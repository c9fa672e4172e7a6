using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class PermutationTests
{
    [Fact]
    public void Should_use_the_add_one_p_value()
    {
        Assert.Equal(1.0 / 101, Permutation.PValue(0, 100));
        Assert.Equal(1.0, Permutation.PValue(100, 100));
        Assert.True(double.IsNaN(Permutation.PValue(0, 0)));
    }

    [Fact]
    public void Should_hold_the_false_positive_rate_under_the_null()
    {
        const int Replicates = 200;
        const double Alpha = 0.05;
        var rng = new Random(424242);
        int rejections = 0;
        for (int r = 0; r < Replicates; r++)
        {
            rejections += Permutation.MaxStatisticP(NormalGroups(rng, 10, 5, 0), rng, 200) <= Alpha ? 1 : 0;
        }

        double limit = Alpha + (2.6 * Math.Sqrt(Alpha * (1 - Alpha) / Replicates));
        Assert.True(rejections / (double)Replicates <= limit, $"FPR {rejections / (double)Replicates}");
    }

    [Fact]
    public void Should_detect_a_three_sigma_winner()
    {
        const int Replicates = 100;
        var rng = new Random(99);
        int rejections = 0;
        for (int r = 0; r < Replicates; r++)
        {
            rejections += Permutation.MaxStatisticP(NormalGroups(rng, 10, 5, 3), rng, 200) <= 0.05 ? 1 : 0;
        }

        Assert.True(rejections / (double)Replicates >= 0.9, $"power {rejections / (double)Replicates}");
    }

    [Fact]
    public void Should_be_NaN_with_fewer_than_two_groups() =>
        Assert.True(double.IsNaN(Permutation.MaxStatisticP([[1.0, 2.0], []], new Random(1), 100)));

    [Fact]
    public void Should_give_p_one_for_identical_values() =>
        Assert.Equal(1, Permutation.MaxStatisticP([[1.0, 1.0], [1.0, 1.0]], new Random(1), 100));

    private static double[][] NormalGroups(Random rng, int groups, int seeds, double shift)
    {
        var result = new double[groups][];
        for (int g = 0; g < groups; g++)
        {
            result[g] = new double[seeds];
            for (int s = 0; s < seeds; s++)
            {
                result[g][s] = DescriptiveTests.StandardNormal(rng) + (g == 0 ? shift : 0);
            }
        }

        return result;
    }
}
