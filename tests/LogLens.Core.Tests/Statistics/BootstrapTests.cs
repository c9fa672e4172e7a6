using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class BootstrapTests
{
    private static readonly double[] X = [0.961, 0.958, 0.966, 0.955, 0.963, 0.971, 0.969, 0.975];
    private static readonly double[] Y = [0.96, 0.972, 0.951, 0.968, 0.959, 0.95];

    [Fact]
    public void Should_reproduce_the_same_interval_from_the_same_seed()
    {
        Interval a = Bootstrap.PercentileInterval(X, v => Descriptive.Mean(v), SeededRandom.Create(7, "LL201", "cfg"));
        Interval b = Bootstrap.PercentileInterval(X, v => Descriptive.Mean(v), SeededRandom.Create(7, "LL201", "cfg"));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Should_bracket_the_sample_mean()
    {
        Interval ci = Bootstrap.PercentileInterval(X, v => Descriptive.Mean(v), new Random(1));
        Assert.True(ci.Contains(Descriptive.Mean(X)));
        Assert.True(ci.Low >= X.Min() && ci.High <= X.Max());
    }

    [Fact]
    public void Should_bracket_the_probability_of_superiority_reproducibly()
    {
        Interval a = Bootstrap.ProbabilityOfSuperiorityInterval(X, Y, new Random(3));
        Interval b = Bootstrap.ProbabilityOfSuperiorityInterval(X, Y, new Random(3));
        Assert.Equal(a, b);
        Assert.True(a.Contains(MannWhitney.Test(X, Y).ProbabilityOfSuperiority));
        Assert.InRange(a.Low, 0, 1);
        Assert.InRange(a.High, 0, 1);
    }

    [Fact]
    public void Should_be_undefined_for_empty_input()
    {
        Assert.False(Bootstrap.PercentileInterval([], v => Descriptive.Mean(v), new Random(1)).IsDefined);
        Assert.False(Bootstrap.ProbabilityOfSuperiorityInterval(X, [], new Random(1)).IsDefined);
    }

    [Fact]
    public void Should_give_a_point_interval_for_a_constant_sample()
    {
        Interval ci = Bootstrap.PercentileInterval([2, 2, 2], v => Descriptive.Mean(v), new Random(1), 200);
        Assert.Equal(new Interval(2, 2), ci);
    }
}
