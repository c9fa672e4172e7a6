using System.Collections.Immutable;

namespace LogLens.Core.Detection.Detectors;

/// <summary>Every parameter's main effect on one metric, with the pure-error (seed) noise they are tested against.</summary>
/// <param name="Effects">Per varying parameter, ordinal by name; q-values BH-adjusted over this list.</param>
/// <param name="PureErrorSd">√MS_pure_error: the seed-to-seed SD pooled over configs with ≥ 2 runs.</param>
/// <param name="PureErrorDf">Pure-error degrees of freedom Σ(n_c − 1).</param>
/// <param name="Configs">Configs analysed.</param>
/// <param name="Runs">Runs analysed.</param>
internal sealed record TuningAnalysis(ImmutableArray<TuningEffect> Effects, double PureErrorSd, int PureErrorDf, int Configs, int Runs)
{
    /// <summary>Mean runs (seeds) per config.</summary>
    public double MeanSeeds => Configs == 0 ? double.NaN : (double)Runs / Configs;

    /// <summary>The parameters that move the metric (q ≤ α, ω² ≥ 0.01), strongest first.</summary>
    public IEnumerable<TuningEffect> Moving(double alpha) => Effects.Where(e => e.Moves(alpha)).OrderByDescending(e => e.OmegaSquared);
}
