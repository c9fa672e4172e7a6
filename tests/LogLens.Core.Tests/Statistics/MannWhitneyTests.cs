using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class MannWhitneyTests
{
    [Fact]
    public void Should_match_scipy_exact_U_and_p()
    {
        MannWhitneyResult r = MannWhitney.Test([0.961, 0.958, 0.966, 0.955, 0.963], [0.96, 0.972, 0.951, 0.968, 0.959]);
        Assert.Equal(11, r.U);
        Approx.Equal(0.8412698412698413, r.P);
        Approx.Equal(11.0 / 25, r.ProbabilityOfSuperiority);
    }

    [Fact]
    public void Should_match_scipy_exact_p_for_ten_and_ten()
    {
        // scipy.stats.mannwhitneyu(x, y, method='exact')
        MannWhitneyResult r = MannWhitney.Test(
            [0.1, 0.5, 0.9, 1.3, 1.7, 2.1, 2.6, 3.0, 3.5, 4.2], [0.3, 0.8, 1.9, 2.8, 3.9, 4.4, 5.1, 5.5, 6.2, 7.0]);
        Assert.Equal(26, r.U);
        Approx.Equal(0.07525601333650869, r.P);
    }

    [Fact]
    public void Should_match_scipy_asymptotic_p_with_ties()
    {
        // scipy.stats.mannwhitneyu(x, y, method='asymptotic'): tie-corrected, continuity-corrected.
        MannWhitneyResult r = MannWhitney.Test([1, 2, 2, 3, 4, 4, 5], [2, 3, 3, 4, 6, 6, 7, 8]);
        Assert.Equal(14, r.U);
        Approx.Equal(0.11392892811978714, r.P);
    }

    [Theory]
    [InlineData(3, 0.1)]
    [InlineData(4, 0.028571428571)]
    [InlineData(5, 0.007936507937)]
    public void Should_give_the_smallest_exact_p_of_METHODS(int n, double expected)
    {
        double[] x = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        double[] y = x.Select(v => v + 100).ToArray();
        MannWhitneyResult r = MannWhitney.Test(x, y);
        Approx.Equal(expected, r.P, 1e-9);
        Assert.Equal(0, r.ProbabilityOfSuperiority);
    }

    [Fact]
    public void Should_count_ties_as_half_in_the_probability_of_superiority() =>
        Assert.Equal(0.5, MannWhitney.Test([1, 1, 1], [1, 1]).ProbabilityOfSuperiority);

    [Fact]
    public void Should_give_p_one_when_all_values_are_tied() =>
        Assert.Equal(1, MannWhitney.Test([2, 2, 2], [2, 2, 2]).P);

    [Fact]
    public void Should_be_undefined_for_an_empty_sample() =>
        Assert.False(MannWhitney.Test([], [1, 2]).IsDefined);

    [Fact]
    public void Should_be_invariant_under_monotone_transforms()
    {
        double[] x = [1, 2, 2, 3, 4, 4, 5];
        double[] y = [2, 3, 3, 4, 6, 6, 7, 8];
        Assert.Equal(MannWhitney.Test(x, y), MannWhitney.Test(x.Select(Math.Exp).ToArray(), y.Select(Math.Exp).ToArray()));
    }
}
