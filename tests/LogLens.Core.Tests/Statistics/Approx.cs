namespace LogLens.Core.Tests.Statistics;

/// <summary>Relative-tolerance assertions for golden values.</summary>
internal static class Approx
{
    public const double Golden = 1e-9;

    public static void Equal(double expected, double actual, double relative = Golden)
    {
        double tolerance = relative * Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            $"expected {expected:R}, actual {actual:R} (relative tolerance {relative:R})");
    }
}
