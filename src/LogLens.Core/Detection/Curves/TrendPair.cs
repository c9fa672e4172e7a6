using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Curves;

/// <summary>A run's proxy and one business checkpoint series with their trend tests (LL301/LL304 within a run).</summary>
internal sealed record TrendPair(
    string RunId,
    MetricDefinition ProxyDefinition,
    CheckpointSeries Proxy,
    MannKendallResult ProxyTrend,
    MetricDefinition BusinessDefinition,
    CheckpointSeries Business,
    MannKendallResult BusinessTrend,
    SenSlopeResult BusinessSlope)
{
    /// <summary>
    /// Business goodness at its best checkpoint minus at the checkpoint nearest the proxy's best step
    /// (≥ 0, in business units), and the steps between the two best checkpoints.
    /// </summary>
    public (double Regret, double StepsApart) SelectionRegret()
    {
        double proxyBestStep = Proxy.Steps[Proxy.BestIndex()];
        int best = Business.BestIndex();
        int picked = Business.NearestIndex(proxyBestStep);
        return (Business.Goodness[best] - Business.Goodness[picked], Math.Abs(Business.Steps[best] - proxyBestStep));
    }
}
