namespace LogLens.Core.Statistics;

/// <summary>The result of a Mann–Kendall trend test.</summary>
/// <param name="N">The number of observations.</param>
/// <param name="S">S = Σ_{i&lt;j} sgn(x_j − x_i).</param>
/// <param name="VarianceS">Var S (tie-corrected; Hamed–Rao-inflated when requested).</param>
/// <param name="Z">(S − sgn S)/√Var S (continuity-corrected).</param>
/// <param name="P">Two-sided p (exact or normal approximation); NaN when n &lt; 3.</param>
/// <param name="Tau">Kendall's τ-a of the series against time, S/(n(n−1)/2).</param>
internal sealed record MannKendallResult(int N, double S, double VarianceS, double Z, double P, double Tau)
{
    /// <summary>
    /// One-sided p for an increasing trend: P/2 when S &gt; 0, else 1 − P/2. Because the null
    /// distribution of S is symmetric this equals P(S' ≥ S) in the tail that matters.
    /// </summary>
    public double PIncreasing => S > 0 ? P / 2 : 1 - (P / 2);

    /// <summary>One-sided p for a decreasing trend: P/2 when S &lt; 0, else 1 − P/2.</summary>
    public double PDecreasing => S < 0 ? P / 2 : 1 - (P / 2);

    /// <summary>True when the test ran (n ≥ 3).</summary>
    public bool IsDefined => !double.IsNaN(P);
}
