namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// Something a layout tells the user at discovery about files it recognised but does not read as a run
/// (deleted runs skipped, a store LogLens cannot read): becomes a <see cref="Model.Diagnostic"/>.
/// </summary>
/// <param name="Code">An <see cref="IngestCodes"/> value.</param>
/// <param name="Path">The file or folder it is about (full path; shown relative to the analysed root).</param>
/// <param name="Message">What was found and what was done about it.</param>
internal sealed record LayoutNotice(string Code, string Path, string Message)
{
    /// <summary>1-based line of <see cref="Path"/> it is about (a bad row of a runs table), when known.</summary>
    public long? Line { get; init; }
}
