using System.Collections.Immutable;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest;

/// <summary>What <c>RunIngestor.Ingest</c> read.</summary>
/// <param name="Roots">The analysed roots (full paths of existing folders), in the order given.</param>
/// <param name="Runs">Runs, ordinal-sorted by id.</param>
/// <param name="Diagnostics">LL001/LL002/LL005 ingest diagnostics, sorted by path, line, code.</param>
/// <param name="Errors">
/// Usage errors: a given path that does not exist or is a file, not a folder. Non-empty means the CLI must exit with code 2
/// (the other paths are still read, so the message can list everything at once).
/// </param>
/// <param name="RunSet">The runs, diagnostics and roots resolved with the config: the detectors' input.</param>
public sealed record IngestResult(
    ImmutableArray<string> Roots,
    ImmutableArray<Run> Runs,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<string> Errors,
    RunSet RunSet)
{
    /// <summary>True when every given path is an existing folder.</summary>
    public bool Succeeded => Errors.IsEmpty;
}
