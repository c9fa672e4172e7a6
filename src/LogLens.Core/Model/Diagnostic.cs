namespace LogLens.Core.Model;

/// <summary>An ingest problem tied to a file (and line when known): LL001, LL002, LL005.</summary>
/// <param name="Code">The finding code, e.g. "LL001".</param>
/// <param name="Path">The file, relative to the analysed root with '/' separators.</param>
/// <param name="Line">1-based line (or record) number when known.</param>
/// <param name="Message">What went wrong and what was kept.</param>
public sealed record Diagnostic(string Code, string Path, long? Line, string Message);
