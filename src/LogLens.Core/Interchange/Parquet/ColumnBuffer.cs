using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>One column of a table being exported: its schema column, its Parquet field and the values of the current row group.</summary>
internal abstract class ColumnBuffer
{
    /// <summary>Buffers <paramref name="column"/>'s <paramref name="type"/> values, written as <paramref name="field"/>; all three must agree.</summary>
    protected ColumnBuffer(TableColumn column, Type type, DataField field)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(field);
        if (field.Name != column.Name || type != column.Type || field.IsNullable != column.Nullable)
        {
            string declared = column.Type.Name + (column.Nullable ? "?" : "");
            string written = type.Name + (field.IsNullable ? "?" : "");
            throw new ArgumentException($"column '{column.Name}' is declared {declared}; this buffer writes '{field.Name}' as {written}", nameof(column));
        }

        Column = column;
        Field = field;
    }

    /// <summary>The column of the table's schema.</summary>
    public TableColumn Column { get; }

    /// <summary>The Parquet field (name, type, nullability).</summary>
    public DataField Field { get; }

    /// <summary>Values buffered for the current row group.</summary>
    public abstract int Count { get; }

    /// <summary>Writes the buffered values as this column's chunk of <paramref name="rowGroup"/> and clears them.</summary>
    public abstract Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);
}
