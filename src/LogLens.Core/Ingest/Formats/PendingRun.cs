using System.Collections.Immutable;

namespace LogLens.Core.Ingest.Formats;

/// <summary>A discovered run before it is read: its id and the inputs of every layout that found it.</summary>
/// <param name="Id">The run id (folder relative to the root, '/' separators, "." for the root, prefixed with several roots, plus the layout's suffix).</param>
/// <param name="Root">The analysed root it was found under.</param>
/// <param name="Prefix">The root's display prefix ("" for a single root).</param>
/// <param name="Inputs">What to read, in discovery order.</param>
internal sealed record PendingRun(string Id, string Root, string Prefix, ImmutableArray<RunInput> Inputs)
{
    /// <summary>Joins locations with the same id (several formats in one folder) into one run each, inputs de-duplicated.</summary>
    public static IEnumerable<PendingRun> Join(string root, string prefix, IEnumerable<RunLocation> locations) =>
        locations
            .GroupBy(l => RunDiscovery.Display(root, prefix, l.Folder) + l.Suffix, StringComparer.Ordinal)
            .Select(g => new PendingRun(g.Key, root, prefix, [.. g.SelectMany(l => l.Inputs).DistinctBy(i => i.Path)]));
}
