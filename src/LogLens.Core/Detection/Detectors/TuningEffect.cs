using System.Collections.Immutable;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// The main effect of one parameter on a metric against seed noise (docs/methods.md): level means, the F test
/// with replicate seeds as pure error (or a permutation p when the design is unbalanced), and ω².
/// </summary>
/// <param name="Parameter">The parameter key.</param>
/// <param name="Levels">Level labels in natural order (numbers ascending; binned numbers as ranges).</param>
/// <param name="LevelMeans">Mean goodness per level, aligned with <paramref name="Levels"/>.</param>
/// <param name="LevelRuns">Runs per level, aligned.</param>
/// <param name="F">F = (SS_p/df_p)/MS_pure_error.</param>
/// <param name="Df">Numerator degrees of freedom (levels − 1).</param>
/// <param name="P">The p-value: F upper tail for a balanced crossed design, else a permutation p.</param>
/// <param name="OmegaSquared">ω²_p = (SS_p − df_p·MS_pe)/(SS_total + MS_pe).</param>
/// <param name="Permuted">True when <paramref name="P"/> comes from permuting levels across configs.</param>
internal sealed record TuningEffect(
    string Parameter,
    ImmutableArray<string> Levels,
    ImmutableArray<double> LevelMeans,
    ImmutableArray<int> LevelRuns,
    double F,
    int Df,
    double P,
    double OmegaSquared,
    bool Permuted)
{
    /// <summary>The BH-adjusted p within its family; set by the caller.</summary>
    public double Q { get; init; } = double.NaN;

    /// <summary>The level index of each config, by config key.</summary>
    public ImmutableSortedDictionary<string, int> ConfigLevels { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Index of the level with the highest mean.</summary>
    public int BestLevel => Enumerable.Range(0, LevelMeans.Length).MaxBy(i => LevelMeans[i]);

    /// <summary>Index of the level with the lowest mean.</summary>
    public int WorstLevel => Enumerable.Range(0, LevelMeans.Length).MinBy(i => LevelMeans[i]);

    /// <summary>Best minus worst level mean (goodness units).</summary>
    public double Range => LevelMeans.Length == 0 ? double.NaN : LevelMeans.Max() - LevelMeans.Min();

    /// <summary>True when the parameter moves the metric: q ≤ α and ω² ≥ <see cref="TuningEffects.MinOmegaSquared"/>.</summary>
    public bool Moves(double alpha) => Q <= alpha && OmegaSquared >= TuningEffects.MinOmegaSquared;
}
