using LogLens.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace LogLens.Core.Tests.Statistics;

public sealed class StratifiedKendallTests
{
    [Fact]
    public void One_stratum_without_ties_has_the_textbook_kendall_variance()
    {
        var kendall = new StratifiedKendall();
        kendall.Add([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        Assert.Equal((-45.0, 10 * 9 * 25 / 18.0), (kendall.S, kendall.Variance));
        Assert.Equal(-44 / Math.Sqrt(125), kendall.Z, 12);
    }

    [Fact]
    public void With_ties_the_variance_matches_the_tau_b_test_so_the_p_values_agree()
    {
        double[] x = [2, 2, 2, 4, 4, 4, 8, 8, 8, 16, 16, 16];
        double[] y = [0.9, 1.1, 0.7, 0.8, 0.6, 0.9, 0.5, 0.6, 0.4, 0.3, 0.5, 0.2];
        var kendall = new StratifiedKendall();
        kendall.Add(x, y);
        double uncorrected = kendall.S / Math.Sqrt(kendall.Variance);
        Assert.Equal(KendallTau.TauB(x, y).P, Distributions.NormalTwoSidedP(uncorrected), 9);
    }

    [Fact]
    public void Strata_add_up_and_a_stratum_with_one_level_is_skipped()
    {
        var kendall = new StratifiedKendall();
        kendall.Add([1, 2, 3], [3, 2, 1]);
        kendall.Add([1, 2, 3], [3, 2, 1]);
        kendall.Add([5, 5, 5], [1, 2, 3]);
        Assert.Equal((-6.0, 2 * (3 * 2 * 11 / 18.0), 2), (kendall.S, kendall.Variance, kendall.Strata));
    }
}
