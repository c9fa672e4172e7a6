using System.Collections.Immutable;

namespace LogLens.Core.Detection.Detectors;

/// <summary>One config of a sweep for the parameter-effect analyses: its parameters and one value per seed (goodness).</summary>
/// <param name="ConfigKey">The config key.</param>
/// <param name="Params">The config's parameters (seed, dataset and ignored keys removed).</param>
/// <param name="Values">One value per run (seed).</param>
internal sealed record EffectCell(string ConfigKey, ImmutableSortedDictionary<string, string> Params, double[] Values);
