using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class WelchTTests
{
    private static readonly double[] X = [0.961, 0.958, 0.966, 0.955, 0.963];
    private static readonly double[] Y = [0.971, 0.969, 0.975, 0.966, 0.972];

    [Fact]
    public void Should_match_scipy_ttest_ind_unequal_variance()
    {
        WelchResult r = WelchT.Test(X, Y);
        Approx.Equal(-4.1099746826338865, r.T, 1e-8);
        Approx.Equal(0.0038103820632788016, r.P, 1e-8);
    }

    [Fact]
    public void Should_match_the_Welch_df_and_difference_interval()
    {
        // Welch–Satterthwaite df and diff ± scipy.stats.t.ppf(.975, df)·se.
        WelchResult r = WelchT.Test(X, Y);
        Approx.Equal(7.576289506679927, r.Df, 1e-8);
        Approx.Equal(-0.009999999999999898, r.Difference, 1e-8);
        Approx.Equal(-0.015665841067757872, r.DifferenceCi.Low, 1e-8);
        Approx.Equal(-0.004334158932241924, r.DifferenceCi.High, 1e-8);
    }

    [Fact]
    public void Should_be_undefined_for_fewer_than_two_values_per_group()
    {
        Assert.False(WelchT.Test([1.0], [1.0, 2.0]).IsDefined);
        Assert.False(WelchT.Test([], []).IsDefined);
    }

    [Fact]
    public void Should_keep_the_difference_but_no_p_for_constant_groups()
    {
        WelchResult r = WelchT.Test([1.0, 1.0], [2.0, 2.0]);
        Assert.False(r.IsDefined);
        Assert.Equal(-1, r.Difference);
    }

    [Fact]
    public void Should_mirror_the_effect_when_groups_are_swapped()
    {
        WelchResult a = WelchT.Test(X, Y);
        WelchResult b = WelchT.Test(Y, X);
        Approx.Equal(-a.T, b.T, 1e-12);
        Approx.Equal(a.P, b.P, 1e-12);
    }
}
