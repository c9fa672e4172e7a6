using DuckDB.NET.Data;

namespace LogLens.Interop.Tests;

/// <summary>An in-memory DuckDB (the native engine DuckDB.NET.Data.Full ships) that runs SQL and returns rows.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public DuckDb() => connection.Open();

    public void Execute(string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows, each by column name; SQL NULL is null.</summary>
    public List<Dictionary<string, object?>> Query(string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => connection.Dispose();
}
