using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class SpearmanTests
{
    [Fact]
    public void Should_match_scipy_spearmanr_with_ties()
    {
        TestResult r = Spearman.Rho([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]);
        Approx.Equal(-0.5407380704358752, r.Statistic);
        Approx.Equal(0.3467146139768869, r.P);
    }

    [Fact]
    public void Should_match_scipy_spearmanr_without_ties()
    {
        // scipy.stats.spearmanr(xs, ys)
        TestResult r = Spearman.Rho([1.2, 3.4, 2.2, 5.6, 4.1, 6.0, 7.3, 5.5], [2.0, 2.9, 2.5, 4.8, 5.0, 4.9, 8.1, 6.2]);
        Approx.Equal(0.8095238095238096, r.Statistic);
        Approx.Equal(0.014902667686230067, r.P);
    }

    [Fact]
    public void Should_be_undefined_for_a_constant_metric() =>
        Assert.False(Spearman.Rho([1, 2, 3, 4], [5, 5, 5, 5]).IsDefined);

    [Fact]
    public void Should_be_undefined_below_three_points() =>
        Assert.False(Spearman.Rho([1, 2], [2, 1]).IsDefined);

    [Fact]
    public void Should_give_p_zero_for_a_perfect_monotone_relation()
    {
        TestResult r = Spearman.Rho([1, 2, 3, 4], [1, 8, 27, 64]);
        Assert.Equal(1, r.Statistic);
        Assert.Equal(0, r.P);
    }

    [Fact]
    public void Should_be_invariant_under_monotone_transforms()
    {
        double[] x = [1.2, 3.4, 2.2, 5.6, 4.1, 6.0, 7.3, 5.5];
        double[] y = [2.0, 2.9, 2.5, 4.8, 5.0, 4.9, 8.1, 6.2];
        Assert.Equal(Spearman.Rho(x, y), Spearman.Rho(x.Select(Math.Exp).ToArray(), y.Select(v => v * v * v).ToArray()));
    }
}
