namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// A reader of a binary format (TFRecord, SQLite, Parquet, W&amp;B's LevelDB log). Every other reader's files are text:
/// <see cref="RunIngestor"/> skips one that looks binary with a single LL001 before the reader sees it.
/// </summary>
internal interface IBinaryFileReader : IRunFileReader;
