using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class WilcoxonTests
{
    [Fact]
    public void Should_match_scipy_exact_signed_rank()
    {
        TestResult r = Wilcoxon.SignedRank([0.9520000000000001, -0.14700000000000002, 1.0220000000000002, 0.43000000000000016, 0.6199999999999999, 0.5899999999999999, 0.49, -0.08000000000000007, 0.010000000000000009]);
        Assert.Equal(5, r.Statistic);
        Approx.Equal(0.0390625, r.P);
    }

    [Fact]
    public void Should_match_scipy_normal_approximation_with_ties_and_zeros()
    {
        // scipy.stats.wilcoxon(d, zero_method='wilcox', method='approx', correction=False)
        TestResult r = Wilcoxon.SignedRank([1.5, -0.5, 2.0, 1.5, 0.0, 3.0, -1.0, 2.0, 0.5, 1.5]);
        Assert.Equal(4.5, r.Statistic);
        Approx.Equal(0.032051416182142294, r.P);
    }

    [Fact]
    public void Should_match_scipy_normal_approximation_above_n_25()
    {
        // scipy.stats.wilcoxon(d, method='approx'), n = 30 without ties.
        TestResult r = Wilcoxon.SignedRank([0.646, 1.122, 0.63, -1.003, 1.205, 0.746, -0.237, 0.881, 0.665, 0.594, 0.328, 0.847, -0.436, 0.137, -0.182, 0.899, 0.34, 0.008, -0.482, 0.043, 0.308, 0.024, 1.594, 1.307, -2.411, -1.589, 0.125, -0.122, 0.514, 0.517]);
        Assert.Equal(126, r.Statistic);
        Approx.Equal(0.028485956184747342, r.P);
    }

    [Theory]
    [InlineData(4, 0.125)]
    [InlineData(5, 0.0625)]
    [InlineData(6, 0.03125)]
    public void Should_give_the_smallest_exact_p_of_METHODS(int n, double expected)
    {
        double[] d = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        Approx.Equal(expected, Wilcoxon.SignedRank(d).P);
    }

    [Fact]
    public void Should_be_undefined_when_all_differences_are_zero_or_input_is_empty()
    {
        Assert.False(Wilcoxon.SignedRank([0, 0, 0]).IsDefined);
        Assert.False(Wilcoxon.SignedRank([]).IsDefined);
    }

    [Fact]
    public void Should_not_throw_when_all_magnitudes_are_tied()
    {
        TestResult r = Wilcoxon.SignedRank([1, -1, 1, -1, 1, 1]);
        Assert.True(r.IsDefined);
    }
}
