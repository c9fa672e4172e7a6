using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>The columns a table reader asked for, decoded from one row group; a column the file lacks is null.</summary>
internal sealed class RowGroupColumns
{
    private readonly Dictionary<string, Array> columns = new(StringComparer.OrdinalIgnoreCase);

    private RowGroupColumns(int rowCount) => RowCount = rowCount;

    /// <summary>Rows in the row group.</summary>
    public int RowCount { get; }

    /// <summary>Decodes the <paramref name="specs"/> columns present in <paramref name="fields"/> (matched by name, any case).</summary>
    public static RowGroupColumns Read(ParquetRowGroupReader rowGroup, IReadOnlyDictionary<string, DataField> fields, IEnumerable<TableColumn> specs)
    {
        var result = new RowGroupColumns(checked((int)rowGroup.RowCount));
        foreach (TableColumn spec in specs)
        {
            if (fields.TryGetValue(spec.Name, out DataField? field))
            {
                result.columns[spec.Name] = spec.Kind switch
                {
                    ColumnKind.Number => ParquetColumnDecoder.Number(rowGroup, field),
                    ColumnKind.Flag => ParquetColumnDecoder.Flag(rowGroup, field),
                    _ => ParquetColumnDecoder.Text(rowGroup, field),
                };
            }
        }

        return result;
    }

    /// <summary>A <see cref="ColumnKind.Text"/> column's values; null when the file lacks it.</summary>
    public string?[]? Text(TableColumn column) => columns.GetValueOrDefault(column.Name) as string?[];

    /// <summary>A <see cref="ColumnKind.Number"/> column's values; null when the file lacks it.</summary>
    public double?[]? Number(TableColumn column) => columns.GetValueOrDefault(column.Name) as double?[];

    /// <summary>A <see cref="ColumnKind.Flag"/> column's values; null when the file lacks it.</summary>
    public bool?[]? Flag(TableColumn column) => columns.GetValueOrDefault(column.Name) as bool?[];
}
