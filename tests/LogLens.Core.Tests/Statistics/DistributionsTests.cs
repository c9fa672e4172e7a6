using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class DistributionsTests
{
    [Fact]
    public void Should_match_scipy_t_quantile_for_df_4() =>
        Approx.Equal(2.7764451051977987, Distributions.StudentTQuantile(0.975, 4));

    [Fact]
    public void Should_use_the_closed_form_t_quantile_for_df_1()
    {
        // tan(π·0.475); scipy.stats.t.ppf(0.975, 1) = 12.706204736432095 agrees to 2e-11
        Approx.Equal(12.706204736432095, Distributions.StudentTQuantile(0.975, 1));
    }

    [Fact]
    public void Should_use_the_closed_form_t_quantile_for_df_2()
    {
        // scipy.stats.t.ppf(0.975, 2); the closed form differs by 4e-11 relative
        Approx.Equal(4.302652729911275, Distributions.StudentTQuantile(0.975, 2));
    }

    [Fact]
    public void Should_not_throw_where_MathNet_InvCDF_fails_to_converge()
    {
        double q = Distributions.StudentTQuantile(1e-9, 2);
        Assert.True(double.IsFinite(q) && q < -1000);
    }

    [Fact]
    public void Should_keep_the_F_upper_tail_where_one_minus_CDF_underflows() =>
        Approx.Equal(7.056615885851145e-35, Distributions.FUpperTail(1000, 2, 40), 1e-8);

    [Fact]
    public void Should_invert_the_two_sided_t_p_value()
    {
        double p = Distributions.StudentTTwoSidedP(2.7764451051977987, 4);
        Approx.Equal(0.05, p);
    }

    [Fact]
    public void Should_compute_chi_square_upper_tail_like_scipy() =>
        Approx.Equal(0.07189777249646509, Distributions.ChiSquareUpperTail(7, 3));

    [Fact]
    public void Should_compute_normal_two_sided_p_and_quantile()
    {
        Approx.Equal(0.05, Distributions.NormalTwoSidedP(1.959963984540054));
        Approx.Equal(1.959963984540054, Distributions.NormalQuantile(0.975));
    }

    [Fact]
    public void Should_return_NaN_for_NaN_input()
    {
        Assert.True(double.IsNaN(Distributions.StudentTTwoSidedP(double.NaN, 3)));
        Assert.True(double.IsNaN(Distributions.FUpperTail(double.NaN, 1, 2)));
        Assert.True(double.IsNaN(Distributions.ChiSquareUpperTail(double.NaN, 1)));
        Assert.True(double.IsNaN(Distributions.NormalTwoSidedP(double.NaN)));
    }

    [Fact]
    public void Should_give_F_quantiles_consistent_with_the_upper_tail()
    {
        double q = Distributions.FQuantile(0.975, 2, 12);
        Approx.Equal(0.025, Distributions.FUpperTail(q, 2, 12), 1e-7);
    }
}
