using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class OneWayAnovaTests
{
    private static readonly double[][] Groups =
    [
        [0.961, 0.958, 0.966, 0.955, 0.963],
        [0.971, 0.969, 0.975, 0.966, 0.972],
        [0.96, 0.972, 0.951, 0.968, 0.959],
    ];

    [Fact]
    public void Should_match_scipy_f_oneway()
    {
        AnovaResult r = OneWayAnova.Compute(Groups);
        Approx.Equal(4.529351184346035, r.F, 1e-8);
        Approx.Equal(0.034237168233567226, r.P, 1e-8);
        Assert.Equal(2, r.DfBetween);
        Assert.Equal(12, r.DfWithin);
    }

    [Fact]
    public void Should_match_the_reference_ICC1_and_mean_squares()
    {
        // Mean squares of values near 0.96 lose ~1e-12 relative to cancellation; 1e-8 documents that.
        AnovaResult r = OneWayAnova.Compute(Groups);
        Approx.Equal(0.41378893986959053, r.Icc, 1e-8);
        Approx.Equal(0.00014659999999999736, r.Msb, 1e-8);
        Approx.Equal(3.2366666666666724e-05, r.Msw, 1e-8);
        Assert.Equal(5, r.N0);
    }

    [Fact]
    public void Should_match_the_Shrout_Fleiss_ICC_interval_and_effect_sizes()
    {
        // F/scipy.stats.f.ppf(.975, 2, 12) and F*f.ppf(.975, 12, 2); omega² and eta² from the SS.
        AnovaResult r = OneWayAnova.Compute(Groups);
        Approx.Equal(-0.022739938108418147, r.IccCi.Low, 1e-7);
        Approx.Equal(0.9726061373598431, r.IccCi.High, 1e-7);
        Approx.Equal(0.3199962649983604, r.OmegaSquared, 1e-8);
        Approx.Equal(0.4301643192488214, r.EtaSquared, 1e-8);
    }

    [Fact]
    public void Should_handle_unbalanced_groups_like_scipy()
    {
        // scipy.stats.f_oneway([1, 2, 3.5], [2.5, 4], [5, 6.5, 7, 6])
        AnovaResult r = OneWayAnova.Compute([[1.0, 2.0, 3.5], [2.5, 4.0], [5.0, 6.5, 7.0, 6.0]]);
        Approx.Equal(13.437299035369781, r.F);
        Approx.Equal(0.006079563455706495, r.P);
    }

    [Fact]
    public void Should_ignore_empty_groups() =>
        Assert.Equal(OneWayAnova.Compute(Groups).F, OneWayAnova.Compute([.. Groups, []]).F);

    [Fact]
    public void Should_give_NaN_with_fewer_than_two_groups_or_no_replicates()
    {
        Assert.False(OneWayAnova.Compute([[1.0, 2.0]]).IsDefined);
        Assert.False(OneWayAnova.Compute([[1.0], [2.0]]).IsDefined);
        Assert.False(OneWayAnova.Compute([]).IsDefined);
    }

    [Fact]
    public void Should_not_throw_when_everything_is_constant()
    {
        AnovaResult r = OneWayAnova.Compute([[1.0, 1.0], [1.0, 1.0]]);
        Assert.True(double.IsNaN(r.F));
    }

    [Fact]
    public void Should_not_depend_on_the_order_of_groups()
    {
        AnovaResult a = OneWayAnova.Compute(Groups);
        AnovaResult b = OneWayAnova.Compute([Groups[2], Groups[0], Groups[1]]);
        Approx.Equal(a.F, b.F, 1e-12);
        Approx.Equal(a.Icc, b.Icc, 1e-12);
    }
}
