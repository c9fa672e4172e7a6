namespace LogLens.Core.Ingest;

/// <summary>The finding codes ingest diagnostics carry (see the catalog: LL001, LL002, LL005).</summary>
internal static class IngestCodes
{
    /// <summary>A file, or a line or cell of it, could not be read or parsed.</summary>
    public const string UnreadableFile = "LL001";

    /// <summary>A file ends mid-record or is empty (still being written?).</summary>
    public const string PartialFile = "LL002";

    /// <summary>Steps repeat or go backwards; the later segment wins.</summary>
    public const string ResumedSteps = "LL005";
}
