namespace LogLens.Core.Statistics;

/// <summary>
/// A proportion measured on clustered binary data — repeated samples of the same prompt are not independent — and
/// the effective sample size its exact interval should use (docs/methods.md, "Seed noise"). The ratio estimator
/// p̂ = Σyᵢ / Σmᵢ over clusters i has the cluster-robust variance c/(c − 1)·Σ(yᵢ − p̂·mᵢ)² / (Σmᵢ)²; the effective
/// n = p̂(1 − p̂)/var lies between the number of clusters (samples of a prompt all agree) and the number of samples
/// (they are independent), and is clamped to that range.
/// </summary>
internal static class ClusteredProportion
{
    /// <summary>The effective (events, n) for <paramref name="clusters"/> of (events, samples): what a binomial interval should be given.</summary>
    public static (int Events, int N) Effective(IReadOnlyList<(int Events, int Size)> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        int c = clusters.Count;
        int total = clusters.Sum(x => x.Size);
        int events = clusters.Sum(x => x.Events);
        if (c < 2 || total == 0)
        {
            return (events, total);
        }

        double p = (double)events / total;
        double ss = clusters.Sum(x => Math.Pow(x.Events - (p * x.Size), 2));
        double variance = c / (c - 1.0) * ss / ((double)total * total);
        double n = variance > 0 ? p * (1 - p) / variance : (p is 0 or 1 ? c : total);
        int effective = (int)Math.Floor(Math.Clamp(n, c, total));
        return ((int)Math.Round(p * effective), effective);
    }
}
