namespace LogLens.Core.Model;

/// <summary>An ingest problem tied to a file (and line when known): LL001, LL002, LL005.</summary>
/// <param name="Code">The finding code, e.g. "LL001".</param>
/// <param name="Path">The file, relative to the analysed root with '/' separators.</param>
/// <param name="Line">1-based line (or record) number when known.</param>
/// <param name="Message">What went wrong and what was kept.</param>
public sealed record Diagnostic(string Code, string Path, long? Line, string Message)
{
    /// <summary>The file, with control characters escaped (<see cref="PrintableText"/>): file names come from disk.</summary>
    public string Path { get; init; } = PrintableText.Escape(Path);

    /// <summary>The message, with control characters escaped: it may quote bytes of the file.</summary>
    public string Message { get; init; } = PrintableText.Escape(Message);
}
