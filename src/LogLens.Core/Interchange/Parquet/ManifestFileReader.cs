using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The manifest as a run input: it was read at discovery, so reading adds nothing, but listing it makes it part of
/// each run's provenance and ingest-cache key.
/// </summary>
internal sealed class ManifestFileReader : IRunFileReader
{
    public static readonly ManifestFileReader Default = new();

    private ManifestFileReader()
    {
    }

    public string Format => ParquetExportReader.FormatName;

    public void Read(string path, RunFragment fragment)
    {
    }
}
