namespace LogLens.Core.Statistics;

/// <summary>Kendall's coefficient of concordance W.</summary>
/// <param name="W">Tie-corrected W in [0, 1].</param>
/// <param name="ChiSquare">m(K − 1)W.</param>
/// <param name="P">The p-value: permutation when <paramref name="PermutationP"/>, else χ² with K − 1 df.</param>
/// <param name="PermutationP">True when <paramref name="P"/> comes from the within-row permutation test.</param>
internal sealed record KendallWResult(double W, double ChiSquare, double P, bool PermutationP)
{
    /// <summary>A result for input that is too small or has no variation.</summary>
    public static KendallWResult Undefined { get; } = new(double.NaN, double.NaN, double.NaN, false);

    /// <summary>True when W and its p-value are defined.</summary>
    public bool IsDefined => !double.IsNaN(P);
}
