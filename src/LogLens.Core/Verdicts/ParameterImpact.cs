using LogLens.Core.Statistics;

namespace LogLens.Core.Verdicts;

/// <summary>
/// A parameter that does move a business metric beyond seed noise (docs/methods.md: BH q ≤ α and ω² ≥ 0.01):
/// what the verdict names when tuning is still worth it.
/// </summary>
/// <param name="Metric">The business metric.</param>
/// <param name="Dataset">The dataset it was measured on.</param>
/// <param name="Parameter">The parameter key.</param>
/// <param name="BestLevel">The level with the best mean.</param>
/// <param name="WorstLevel">The level with the worst mean.</param>
/// <param name="Effect">Best minus worst level mean, in goodness units (losses negated).</param>
/// <param name="Ci">95% interval of <paramref name="Effect"/> from the seed noise (pure error).</param>
/// <param name="OmegaSquared">The parameter's ω².</param>
/// <param name="Q">Its Benjamini–Hochberg q-value.</param>
public sealed record ParameterImpact(
    string Metric, string Dataset, string Parameter, string BestLevel, string WorstLevel, double Effect, Interval Ci, double OmegaSquared, double Q);
