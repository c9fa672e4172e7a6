namespace LogLens.Core.Comparison;

/// <summary>Candidate versus baseline over all datasets.</summary>
/// <param name="Datasets">Datasets compared (both sides observed).</param>
/// <param name="Wins">Datasets with Δ ≥ δ.</param>
/// <param name="Losses">Datasets with Δ ≤ −δ.</param>
/// <param name="Ties">Datasets with |Δ| &lt; δ (split evenly for the sign test).</param>
/// <param name="MeanDelta">Mean of the per-dataset Δ (better direction).</param>
/// <param name="SignP">Two-sided sign test p of wins out of datasets.</param>
/// <param name="WilcoxonP">Two-sided Wilcoxon signed-rank p over the standardized per-dataset effects (NaN when fewer than two are defined).</param>
internal sealed record WinLossTally(int Datasets, int Wins, int Losses, int Ties, double MeanDelta, double SignP, double WilcoxonP)
{
    /// <summary>True when the gain holds across datasets: mean Δ &gt; 0 and the sign test or the Wilcoxon test has p &lt; α.</summary>
    public bool ConsistentGain(double alpha) => MeanDelta > 0 && (SignP < alpha || WilcoxonP < alpha);
}
