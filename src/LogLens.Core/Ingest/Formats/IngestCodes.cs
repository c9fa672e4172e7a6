using LogLens.Core.Findings;

namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// The finding codes ingest diagnostics carry, taken from the catalog. A <see cref="Model.Diagnostic"/> keeps its code as
/// text (the run cache stores it); <see cref="Detection.Detectors.IngestDiagnosticsDetector"/> turns it back into the
/// descriptor it declares.
/// </summary>
internal static class IngestCodes
{
    /// <summary>A file, or a line or cell of it, could not be read or parsed.</summary>
    public static readonly string UnreadableFile = FindingCatalog.UnreadableFile.Code;

    /// <summary>A file ends mid-record or is empty (still being written?).</summary>
    public static readonly string PartialFile = FindingCatalog.PartialFile.Code;

    /// <summary>Steps repeat or go backwards; the later segment wins.</summary>
    public static readonly string ResumedSteps = FindingCatalog.DuplicateOrResumedSteps.Code;
}
