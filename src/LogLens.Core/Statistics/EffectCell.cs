using System.Collections.Immutable;

namespace LogLens.Core.Statistics;

/// <summary>One config of a sweep for the parameter-effect engine (<see cref="EffectDesign"/>): its parameters and one value per seed.</summary>
/// <param name="ConfigKey">The config key.</param>
/// <param name="Params">The config's parameters (seed, dataset and ignored keys removed).</param>
/// <param name="Values">One value per run (seed), as goodness (higher is better).</param>
internal sealed record EffectCell(string ConfigKey, ImmutableSortedDictionary<string, string> Params, double[] Values);
