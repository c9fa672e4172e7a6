using System.Collections.Immutable;

namespace LogLens.Core.Model;

/// <summary>Runs that share every parameter except the seed, on one dataset.</summary>
/// <param name="ConfigKey">Canonical "key=value,key=value" form, ordinal-sorted.</param>
/// <param name="Params">The shared parameters.</param>
/// <param name="Dataset">The dataset.</param>
/// <param name="RunIds">Member runs, ordinal-sorted.</param>
public sealed record ConfigGroup(
    string ConfigKey,
    ImmutableSortedDictionary<string, string> Params,
    string Dataset,
    ImmutableArray<string> RunIds);
