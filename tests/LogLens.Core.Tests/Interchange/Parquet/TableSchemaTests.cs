using LogLens.Core.Interchange.Parquet;
using LogLens.Core.Tests.Ingest;

namespace LogLens.Core.Tests.Interchange.Parquet;

/// <summary>The table schemas the writer and the reader share: the writer can write only the columns they declare.</summary>
public sealed class TableSchemaTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Every_table_starts_with_run_id_and_names_each_column_once()
    {
        Assert.All(ParquetTables.All, table =>
        {
            Assert.Same(TableColumn.RunId, table.Columns[0]);
            Assert.Equal(table.Columns.Length, table.Columns.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        });
    }

    [Fact]
    public void A_buffer_whose_type_or_nullability_is_not_its_columns_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ValueColumnBuffer<long>(SeriesTable.Step));
        Assert.Throws<ArgumentException>(() => new NullableColumnBuffer<double>(SeriesTable.Value));
        Assert.Throws<ArgumentException>(() => new TextColumnBuffer(ScoresTable.Value));
    }

    [Fact]
    public async Task A_table_is_written_only_from_its_columns_in_schema_order()
    {
        var id = new TextColumnBuffer(ParamsTable.RunId);
        var key = new TextColumnBuffer(ParamsTable.Key);
        var value = new TextColumnBuffer(ParamsTable.Value);

        await Assert.ThrowsAsync<ArgumentException>(() => TableFileWriter.CreateAsync(folder.Path, ParamsTable.Schema, [id, value, key], CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(folder.Path, ParamsTable.Schema.FileName)));
    }
}
