using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>A required (non-null) column of a primitive type: double, long or bool.</summary>
internal sealed class ValueColumnBuffer<T>(TableColumn column) : ColumnBuffer(column, typeof(T), new DataField<T>(column.Name, false))
    where T : struct
{
    private readonly List<T> values = [];

    /// <inheritdoc/>
    public override int Count => values.Count;

    /// <summary>Appends a value.</summary>
    public void Add(T value) => values.Add(value);

    /// <inheritdoc/>
    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync<T>(Field, values.ToArray(), null, null, cancellationToken).ConfigureAwait(false);
        values.Clear();
    }
}
