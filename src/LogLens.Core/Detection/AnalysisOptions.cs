namespace LogLens.Core.Detection;

/// <summary>Knobs of one analysis: the seed that derives every resampling generator and the resample counts.</summary>
/// <param name="Seed">Master seed; same input and seed → byte-identical output.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="Permutations">Permutation-test permutations.</param>
public sealed record AnalysisOptions(int Seed = 0, int Resamples = 2000, int Permutations = 10000)
{
    /// <summary>The default cap on overview plots (the same number as the default <c>--max-plots</c>).</summary>
    public const int DefaultMaxOverviewPlots = 40;

    /// <summary>At most this many overview plots (<c>--max-plots</c>; <c>Analysis.OverviewPlots</c> says which are kept).</summary>
    public int MaxOverviewPlots { get; init; } = DefaultMaxOverviewPlots;

    /// <summary>The defaults.</summary>
    public static AnalysisOptions Default { get; } = new();
}
