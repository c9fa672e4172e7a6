namespace LogLens.Core.Statistics;

/// <summary>A test statistic with its p-value.</summary>
/// <param name="Statistic">The test statistic (t, F, U, W, S, ...).</param>
/// <param name="P">The p-value; NaN when the test could not run.</param>
internal readonly record struct TestResult(double Statistic, double P)
{
    /// <summary>A result for a test that could not run (too little or degenerate data).</summary>
    public static TestResult Undefined => new(double.NaN, double.NaN);

    /// <summary>True when the test ran and produced a p-value.</summary>
    public bool IsDefined => !double.IsNaN(P);
}
