using System.Collections.Immutable;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The schema of one export table (docs/parquet.md), declared once per table (<see cref="RunsTable"/> to
/// <see cref="DirectionsTable"/>): the writer writes exactly these columns in this order, the reader matches them.
/// </summary>
/// <param name="Name">The table name: its file is the name plus <see cref="ParquetTables.Extension"/>, or a folder of parts.</param>
/// <param name="Columns">The columns, in writing order.</param>
internal sealed record TableSchema(string Name, ImmutableArray<TableColumn> Columns)
{
    /// <summary>The table's file name, e.g. "series.parquet".</summary>
    public string FileName => ParquetTables.FileName(Name);
}
