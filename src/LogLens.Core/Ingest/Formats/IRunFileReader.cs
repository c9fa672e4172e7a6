namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// Reads one kind of file in a run folder into a <see cref="RunFragment"/>. Readers are stateless and
/// must report bad input as diagnostics on the fragment rather than throw; <see cref="RunIngestor"/>
/// still turns any exception that escapes into an LL001 for that file. Files are text unless the reader is an
/// <see cref="IBinaryFileReader"/>: a binary one is skipped with one LL001 before <see cref="Read"/>.
/// </summary>
internal interface IRunFileReader
{
    /// <summary>The format this reader belongs to, e.g. "generic"; recorded in <see cref="Model.Run.Formats"/>.</summary>
    string Format { get; }

    /// <summary>Reads the file at <paramref name="path"/> into <paramref name="fragment"/>.</summary>
    void Read(string path, RunFragment fragment);
}
