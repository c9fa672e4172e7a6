using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class PowerTests
{
    [Theory]
    [InlineData(3, 3.07)]
    [InlineData(4, 2.38)]
    [InlineData(5, 2.02)]
    [InlineData(8, 1.51)]
    [InlineData(10, 1.32)]
    public void Should_reproduce_the_METHODS_minimum_detectable_effects(int n, double expected) =>
        Assert.Equal(expected, Math.Round(Power.MinimumDetectableEffect(n, 1), 2));

    [Fact]
    public void Should_match_scipy_noncentral_t_power_solution()
    {
        // brentq on scipy.stats.nct.sf(c, 4, d*sqrt(3/2)) + nct.cdf(-c, ...) = 0.8, c = t.ppf(.975, 4).
        Approx.Equal(3.070892266363693, Power.MinimumDetectableEffect(3, 1), 1e-5);
    }

    [Fact]
    public void Should_scale_with_the_standard_deviation() =>
        Approx.Equal(2 * Power.MinimumDetectableEffect(5, 1), Power.MinimumDetectableEffect(5, 2), 1e-9);

    [Fact]
    public void Should_be_NaN_for_a_single_seed() => Assert.True(double.IsNaN(Power.MinimumDetectableEffect(1, 1)));

    [Fact]
    public void Should_compute_seeds_needed_from_the_normal_formula()
    {
        // 2(1.959964 + 0.841621)²·1 + 1 = 16.70 → 17 seeds to detect Δ = σ.
        Assert.Equal(17, Power.SeedsNeeded(1, 1));
        Assert.Equal(int.MaxValue, Power.SeedsNeeded(1, 0));
    }
}
