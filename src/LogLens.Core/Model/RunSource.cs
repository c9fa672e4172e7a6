using System.Collections.Immutable;

namespace LogLens.Core.Model;

/// <summary>One input that fed a run, and what it fed: the provenance `loglens inspect` shows.</summary>
/// <param name="Path">The file or folder, relative to the analysed root, '/' separators.</param>
/// <param name="Format">The format of its reader, e.g. "hf-trainer".</param>
/// <param name="Params">Parameters whose final value came from it, ordinal-sorted.</param>
/// <param name="Metrics">Metrics it added points to, ordinal-sorted.</param>
/// <param name="Scores">Number of final scores it added.</param>
/// <param name="Samples">Number of samples it added.</param>
public sealed record RunSource(string Path, string Format, ImmutableArray<string> Params, ImmutableArray<string> Metrics, int Scores, int Samples);
