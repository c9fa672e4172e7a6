using System.Collections.Immutable;

namespace LogLens.Core.Model;

/// <summary>How a run is grouped: its config key, dataset and seed.</summary>
public sealed record RunKey(string ConfigKey, ImmutableSortedDictionary<string, string> ConfigParams, string Dataset, string? Seed)
{
    /// <summary>The run's study (<see cref="Studies"/>); "" when all runs form one study. <see cref="Dataset"/> is qualified by it.</summary>
    public string Study { get; init; } = string.Empty;
}
