using System.Collections.Immutable;

namespace LogLens.Core.Detection;

/// <summary>The final values of one metric for one config group on one dataset (one value per run/seed).</summary>
/// <param name="ConfigKey">The config.</param>
/// <param name="RunIds">Runs, aligned with <paramref name="Values"/>.</param>
/// <param name="Seeds">Seeds, aligned (null when not logged).</param>
/// <param name="Values">Raw metric values.</param>
internal sealed record GroupValues(string ConfigKey, ImmutableArray<string> RunIds, ImmutableArray<string?> Seeds, double[] Values)
{
    /// <summary>Mean of the values.</summary>
    public double Mean => Values.Length == 0 ? double.NaN : Values.Average();
}
