namespace LogLens.Core.Statistics;

/// <summary>A t test of a mean difference (Welch two-sample or paired/one-sample).</summary>
/// <param name="T">The t statistic.</param>
/// <param name="Df">Degrees of freedom (Welch–Satterthwaite for two samples).</param>
/// <param name="P">Two-sided p; NaN when undefined.</param>
/// <param name="Difference">mean x − mean y (or the mean difference for paired data).</param>
/// <param name="DifferenceCi">Student-t confidence interval of the difference.</param>
internal sealed record WelchResult(double T, double Df, double P, double Difference, Interval DifferenceCi)
{
    /// <summary>A result for a test that could not run.</summary>
    public static WelchResult Undefined { get; } =
        new(double.NaN, double.NaN, double.NaN, double.NaN, Interval.Undefined);

    /// <summary>True when the test produced a p-value.</summary>
    public bool IsDefined => !double.IsNaN(P);

    /// <summary>Builds a result from a difference, its standard error and degrees of freedom.</summary>
    internal static WelchResult From(double difference, double standardError, double df, double level)
    {
        if (!(standardError > 0))
        {
            // Zero spread: no t statistic, but the difference itself is still informative.
            return Undefined with { Difference = difference, Df = df };
        }

        double t = difference / standardError;
        double half = Distributions.StudentTQuantile(0.5 + (level / 2), df) * standardError;
        return new WelchResult(
            t, df, Distributions.StudentTTwoSidedP(t, df), difference,
            new Interval(difference - half, difference + half));
    }
}
