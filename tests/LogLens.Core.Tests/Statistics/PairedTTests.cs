using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class PairedTTests
{
    [Fact]
    public void Should_match_scipy_ttest_1samp_and_its_interval()
    {
        // scipy.stats.ttest_1samp(d, 0) and .confidence_interval(0.95)
        WelchResult r = PairedT.Test([0.952, -0.147, 1.022, 0.43, 0.62, 0.59, 0.49, -0.08, 0.01]);
        Approx.Equal(3.035375415648591, r.T);
        Approx.Equal(0.01617662743490811, r.P);
        Assert.Equal(8, r.Df);
        Approx.Equal(0.10377871229647012, r.DifferenceCi.Low);
        Approx.Equal(0.7599990654813076, r.DifferenceCi.High);
    }

    [Fact]
    public void Should_be_undefined_below_two_differences()
    {
        Assert.False(PairedT.Test([0.5]).IsDefined);
        Assert.False(PairedT.Test([]).IsDefined);
    }

    [Fact]
    public void Should_be_undefined_for_identical_differences() =>
        Assert.False(PairedT.Test([0.2, 0.2, 0.2]).IsDefined);
}
