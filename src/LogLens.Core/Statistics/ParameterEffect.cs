using System.Collections.Immutable;

namespace LogLens.Core.Statistics;

/// <summary>
/// The main effect of one parameter — or of a group of parameters taken jointly — on a metric against seed noise
/// (docs/methods.md "Parameter effects"), as <see cref="EffectDesign"/> computes it.
/// </summary>
/// <param name="Parameter">The parameter, or the group's name.</param>
/// <param name="Parameters">The parameters whose (joint) levels were tested.</param>
/// <param name="Levels">Level labels in natural order (numbers ascending; binned numbers as ranges).</param>
/// <param name="LevelMeans">Mean goodness per level, aligned with <paramref name="Levels"/>.</param>
/// <param name="LevelRuns">Runs per level, aligned.</param>
/// <param name="F">(SS_p/df_p)/MS_pure, pure error from replicate seeds.</param>
/// <param name="Df">Numerator degrees of freedom (levels − 1).</param>
/// <param name="P">The F upper tail when <paramref name="Exact"/>, else a permutation p (levels permuted across configs).</param>
/// <param name="OmegaSquared">ω²_p = (SS_p − df_p·MS_pure)/(SS_T + MS_pure); may be negative.</param>
/// <param name="Exact">True when the levels are crossed with the other parameters at equal seeds per config, so F is exact.</param>
internal sealed record ParameterEffect(
    string Parameter,
    ImmutableArray<string> Parameters,
    ImmutableArray<string> Levels,
    ImmutableArray<double> LevelMeans,
    ImmutableArray<int> LevelRuns,
    double F,
    int Df,
    double P,
    double OmegaSquared,
    bool Exact)
{
    /// <summary>The Benjamini–Hochberg q of <see cref="P"/> within its family; NaN until adjusted.</summary>
    public double Q { get; init; } = double.NaN;

    /// <summary>The level index of each config, by config key.</summary>
    public ImmutableSortedDictionary<string, int> ConfigLevels { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Index of the level with the highest mean.</summary>
    public int BestLevel => Enumerable.Range(0, LevelMeans.Length).MaxBy(i => LevelMeans[i]);

    /// <summary>Index of the level with the lowest mean.</summary>
    public int WorstLevel => Enumerable.Range(0, LevelMeans.Length).MinBy(i => LevelMeans[i]);

    /// <summary>Best minus worst level mean (goodness units).</summary>
    public double Range => LevelMeans.Length == 0 ? double.NaN : LevelMeans.Max() - LevelMeans.Min();

    /// <summary>
    /// The one rule for "this parameter moves the metric beyond seed noise": q ≤ <paramref name="alpha"/> and
    /// ω² ≥ <paramref name="minOmegaSquared"/> (the practical margin, <see cref="Configuration.Thresholds.OmegaSquared"/>).
    /// </summary>
    public bool Moves(double alpha, double minOmegaSquared) => Q <= alpha && OmegaSquared >= minOmegaSquared;
}
