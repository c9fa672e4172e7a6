using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>An optional column of a primitive type (SQL NULL where the model has null).</summary>
internal sealed class NullableColumnBuffer<T>(TableColumn column) : ColumnBuffer(column, typeof(T), new DataField<T?>(column.Name))
    where T : struct
{
    private readonly List<T?> values = [];

    /// <inheritdoc/>
    public override int Count => values.Count;

    /// <summary>Appends a value or null.</summary>
    public void Add(T? value) => values.Add(value);

    /// <inheritdoc/>
    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync<T>(Field, values.ToArray(), null, null, cancellationToken).ConfigureAwait(false);
        values.Clear();
    }
}
