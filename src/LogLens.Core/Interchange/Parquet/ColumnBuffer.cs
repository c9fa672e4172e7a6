using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>One column of a table being exported: its Parquet field and the values of the current row group.</summary>
internal abstract class ColumnBuffer
{
    protected ColumnBuffer(DataField field) => Field = field;

    /// <summary>The Parquet field (name, type, nullability).</summary>
    public DataField Field { get; }

    /// <summary>Values buffered for the current row group.</summary>
    public abstract int Count { get; }

    /// <summary>Writes the buffered values as this column's chunk of <paramref name="rowGroup"/> and clears them.</summary>
    public abstract Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);
}
