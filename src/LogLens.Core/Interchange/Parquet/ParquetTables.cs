using System.Collections.Immutable;
using LogLens.Core.Configuration;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The files of a Parquet export (docs/parquet.md): long-format tables a Spark, DuckDB or Trino job can write with
/// plain SQL, each declared once by its schema (<see cref="RunsTable"/> to <see cref="DirectionsTable"/>) and used by
/// the writer and by the import layout, so the two cannot drift apart.
/// </summary>
internal static class ParquetTables
{
    /// <summary>The analysis configuration used at export, copied so analysing the export uses it too.</summary>
    public const string ConfigFile = LogLensConfigLoader.FileName;

    /// <summary>The file extension of every table.</summary>
    public const string Extension = ".parquet";

    /// <summary>Every table the exporter writes, in manifest order.</summary>
    public static ImmutableArray<TableSchema> All { get; } =
        [RunsTable.Schema, ParamsTable.Schema, SummariesTable.Schema, SeriesTable.Schema, ScoresTable.Schema, SamplesTable.Schema, DirectionsTable.Schema];

    /// <summary>The file name of a table, e.g. "series.parquet".</summary>
    public static string FileName(string table) => table + Extension;
}
