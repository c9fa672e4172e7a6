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
    public static RowGroupColumns Read(ParquetRowGroupReader rowGroup, IReadOnlyDictionary<string, DataField> fields, IEnumerable<ColumnSpec> specs)
    {
        var result = new RowGroupColumns(checked((int)rowGroup.RowCount));
        foreach (ColumnSpec spec in specs)
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

    public string?[]? Text(string name) => columns.GetValueOrDefault(name) as string?[];

    public double?[]? Number(string name) => columns.GetValueOrDefault(name) as double?[];

    public bool?[]? Flag(string name) => columns.GetValueOrDefault(name) as bool?[];
}
