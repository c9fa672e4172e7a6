using System.Collections.Immutable;

namespace LogLens.Core.Ingest;

/// <summary>A discovered run folder and the recognised files in it, ordinal-sorted.</summary>
/// <param name="Id">The run id (relative to the root, '/' separators, "." for the root, prefixed with several roots).</param>
/// <param name="Path">The folder.</param>
/// <param name="Root">The analysed root it was found under.</param>
/// <param name="Prefix">The root's display prefix ("" for a single root).</param>
/// <param name="Files">The files and the reader of each.</param>
internal sealed record RunDirectory(string Id, string Path, string Root, string Prefix, ImmutableArray<(string File, IRunFileReader Reader)> Files);
