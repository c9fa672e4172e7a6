using Parquet;
using Parquet.Schema;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>A UTF-8 string column, nullable or not (as its <see cref="TableColumn"/> says).</summary>
internal sealed class TextColumnBuffer(TableColumn column) : ColumnBuffer(column, typeof(string), new DataField<string>(column.Name, column.Nullable))
{
    private readonly List<string?> values = [];

    /// <inheritdoc/>
    public override int Count => values.Count;

    /// <summary>Appends a value (null only when the column is nullable).</summary>
    public void Add(string? value) => values.Add(value);

    /// <inheritdoc/>
    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        await rowGroup.WriteAsync(Field, values).ConfigureAwait(false);
        values.Clear();
    }
}
