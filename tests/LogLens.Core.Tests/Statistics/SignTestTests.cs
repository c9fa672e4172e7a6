using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class SignTestTests
{
    [Fact]
    public void Should_match_scipy_binomtest_for_7_of_9() => Approx.Equal(0.1796875, SignTest.TwoSidedP(7, 9));

    [Fact]
    public void Should_not_call_5_of_5_wins_significant() => Approx.Equal(0.0625, SignTest.TwoSidedP(5, 5));

    [Fact]
    public void Should_be_symmetric_in_wins_and_losses() =>
        Assert.Equal(SignTest.TwoSidedP(2, 9), SignTest.TwoSidedP(7, 9));

    [Fact]
    public void Should_cap_p_at_one_for_an_even_split() => Assert.Equal(1, SignTest.TwoSidedP(3, 6));

    [Fact]
    public void Should_be_NaN_for_no_comparisons() => Assert.True(double.IsNaN(SignTest.TwoSidedP(0, 0)));

    [Fact]
    public void Should_reject_wins_outside_0_to_n() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SignTest.TwoSidedP(6, 5));
}
