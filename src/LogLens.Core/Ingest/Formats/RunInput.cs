namespace LogLens.Core.Ingest.Formats;

/// <summary>One input of a run: a file (or, for formats that spread a run over a folder, a folder) and its reader.</summary>
/// <param name="Path">Full path of the file or folder.</param>
/// <param name="Reader">The reader that turns it into parameters, series, scores or samples.</param>
internal sealed record RunInput(string Path, IRunFileReader Reader);
