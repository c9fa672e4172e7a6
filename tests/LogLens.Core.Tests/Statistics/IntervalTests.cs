using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class IntervalTests
{
    [Fact]
    public void Should_contain_its_closed_bounds()
    {
        var interval = new Interval(1, 2);
        Assert.True(interval.Contains(1) && interval.Contains(2) && interval.Contains(1.5));
        Assert.False(interval.Contains(2.0001));
    }

    [Fact]
    public void An_undefined_interval_contains_nothing()
    {
        Assert.False(Interval.Undefined.IsDefined);
        Assert.False(Interval.Undefined.Contains(0));
    }
}
