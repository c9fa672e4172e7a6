namespace LogLens.Core.Statistics;

/// <summary>The Theil–Sen estimate of a linear trend with its confidence interval for the slope.</summary>
/// <param name="Slope">The median of the pairwise slopes.</param>
/// <param name="Intercept">median(y) − Slope·median(x) (scipy's method 'separate').</param>
/// <param name="Low">Lower confidence bound of the slope (Sen 1968).</param>
/// <param name="High">Upper confidence bound of the slope.</param>
internal sealed record SenSlopeResult(double Slope, double Intercept, double Low, double High)
{
    /// <summary>A result for too little data (fewer than two distinct x values).</summary>
    public static SenSlopeResult Undefined { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);
}
