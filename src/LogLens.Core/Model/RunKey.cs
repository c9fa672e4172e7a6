using System.Collections.Immutable;

namespace LogLens.Core.Model;

/// <summary>How a run is grouped: its config key, dataset and seed.</summary>
public sealed record RunKey(string ConfigKey, ImmutableSortedDictionary<string, string> ConfigParams, string Dataset, string? Seed);
