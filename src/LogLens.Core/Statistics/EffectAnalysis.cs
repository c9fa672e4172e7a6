using System.Collections.Immutable;

namespace LogLens.Core.Statistics;

/// <summary>Every varying parameter's main effect on one metric, with the pure-error (seed) noise they are tested against.</summary>
/// <param name="Effects">Per varying parameter, ordinal by name; q-values BH-adjusted over this list.</param>
/// <param name="PureErrorSd">√MS_pure: the seed-to-seed SD pooled over configs with ≥ 2 runs.</param>
/// <param name="PureErrorDf">Pure-error degrees of freedom Σ(n_c − 1).</param>
/// <param name="Configs">Configs analysed.</param>
/// <param name="Runs">Runs analysed.</param>
internal sealed record EffectAnalysis(ImmutableArray<ParameterEffect> Effects, double PureErrorSd, int PureErrorDf, int Configs, int Runs)
{
    /// <summary>Mean runs (seeds) per config.</summary>
    public double MeanSeeds => Configs == 0 ? double.NaN : (double)Runs / Configs;

    /// <summary>The parameters that move the metric (<see cref="ParameterEffect.Moves"/>), strongest first.</summary>
    public IEnumerable<ParameterEffect> Moving(double alpha, double minOmegaSquared) =>
        Effects.Where(e => e.Moves(alpha, minOmegaSquared)).OrderByDescending(e => e.OmegaSquared);

    /// <summary>The 95% CI of <paramref name="effect"/>'s best − worst level difference from seed noise (pure error, t on its df).</summary>
    public Interval RangeInterval(ParameterEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        int best = effect.BestLevel, worst = effect.WorstLevel;
        double half = Distributions.StudentTQuantile(0.975, PureErrorDf) * PureErrorSd * Math.Sqrt(
            (1.0 / effect.LevelRuns[best]) + (1.0 / effect.LevelRuns[worst]));
        return new Interval(effect.Range - half, effect.Range + half);
    }
}
