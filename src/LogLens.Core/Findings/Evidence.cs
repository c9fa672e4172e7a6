using System.Collections.Immutable;

namespace LogLens.Core.Findings;

/// <summary>
/// The numbers behind a finding, in the order a reader should see them. Values are
/// <see cref="double"/>, <see cref="int"/>, <see cref="string"/>, <see cref="bool"/> or <see cref="double"/>[] (a CI).
/// </summary>
public sealed record Evidence(ImmutableArray<KeyValuePair<string, object>> Items)
{
    /// <summary>No evidence.</summary>
    public static Evidence Empty { get; } = new(ImmutableArray<KeyValuePair<string, object>>.Empty);

    /// <summary>Builds evidence from key/value pairs, keeping their order.</summary>
    public static Evidence Of(params (string Key, object Value)[] items) =>
        new([.. items.Select(i => new KeyValuePair<string, object>(i.Key, i.Value))]);

    /// <summary>The value of a key, or null.</summary>
    public object? this[string key] => Items.FirstOrDefault(i => i.Key == key).Value;
}
