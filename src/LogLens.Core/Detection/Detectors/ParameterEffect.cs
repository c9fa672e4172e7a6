namespace LogLens.Core.Detection.Detectors;

/// <summary>The effect of one parameter (or a group of parameters) on a metric against seed noise (docs/methods.md).</summary>
/// <param name="Name">The parameter, or the group's name.</param>
/// <param name="Levels">Levels compared (combinations, for a group).</param>
/// <param name="F">(SS_p/df_p)/MS_pure, pure error from replicate seeds.</param>
/// <param name="P">F-test p for a balanced full factorial, else a permutation p (levels permuted across configs).</param>
/// <param name="OmegaSquared">ω²_p = (SS_p − df_p·MS_pure)/(SS_T + MS_pure); may be negative.</param>
/// <param name="Exact">True when <paramref name="P"/> is the F-test of a balanced full factorial.</param>
internal sealed record ParameterEffect(string Name, int Levels, double F, double P, double OmegaSquared, bool Exact)
{
    /// <summary>The Benjamini–Hochberg q of <see cref="P"/> within its family; NaN until adjusted.</summary>
    public double Q { get; init; } = double.NaN;

    /// <summary>True when the effect is beyond seed noise: q ≤ α and ω² ≥ <paramref name="minOmega"/>.</summary>
    public bool Moves(double alpha, double minOmega = EffectDesign.MinOmegaSquared) => Q <= alpha && OmegaSquared >= minOmega;
}
