namespace LogLens.Core.Statistics;

/// <summary>The Mann–Whitney U test with the probability of superiority.</summary>
/// <param name="U">U for x: the number of (x, y) pairs with x &gt; y, ties counting ½.</param>
/// <param name="P">Two-sided p: exact when n + m ≤ 20 without ties, else normal with tie and continuity correction.</param>
/// <param name="ProbabilityOfSuperiority">P(X &gt; Y) + ½P(X = Y) estimated as U/(nm).</param>
internal sealed record MannWhitneyResult(double U, double P, double ProbabilityOfSuperiority)
{
    /// <summary>A result for empty input.</summary>
    public static MannWhitneyResult Undefined { get; } = new(double.NaN, double.NaN, double.NaN);

    /// <summary>True when the test produced a p-value.</summary>
    public bool IsDefined => !double.IsNaN(P);
}
