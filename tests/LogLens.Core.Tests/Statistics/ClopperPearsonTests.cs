using LogLens.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace LogLens.Core.Tests.Statistics;

public sealed class ClopperPearsonTests
{
    [Fact]
    public void Zero_and_all_events_have_the_closed_form_bounds()
    {
        // k = 0: upper = 1 − (α)^(1/n); k = n: lower = α^(1/n) (one-sided, α = 0.05).
        Assert.Equal(1 - Math.Pow(0.05, 1 / 30.0), ClopperPearson.Upper(0, 30), 12);
        Assert.Equal(Math.Pow(0.05, 1 / 30.0), ClopperPearson.Lower(30, 30), 12);
        Assert.Equal(0, ClopperPearson.Lower(0, 30));
    }

    [Theory]
    [InlineData(3, 40)]
    [InlineData(17, 25)]
    public void The_lower_bound_is_the_rate_at_which_k_or_more_events_have_probability_alpha(int k, int n)
    {
        double lower = ClopperPearson.Lower(k, n);
        Assert.Equal(0.05, 1 - Binomial.CDF(lower, n, k - 1), 9);
        Assert.Equal(0.05, ClopperPearson.UpperTailP(k, n, lower), 9);
    }

    [Fact]
    public void The_two_sided_interval_contains_the_observed_rate()
    {
        Interval ci = ClopperPearson.TwoSided(7, 50);
        Assert.True(ci.Low < 0.14 && 0.14 < ci.High);
    }
}
