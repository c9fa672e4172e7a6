namespace LogLens.Core.Interchange.Parquet;

/// <summary>params.parquet: one row per run parameter: run_id, key, value (invariant text, as ingested).</summary>
internal static class ParamsTable
{
    /// <summary>The table name.</summary>
    public const string Name = "params";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The parameter name.</summary>
    public static TableColumn Key { get; } = TableColumn.Text("key");

    /// <summary>The parameter value as text (a foreign table's numbers are read as invariant text).</summary>
    public static TableColumn Value { get; } = TableColumn.Text(ColumnNames.Value);

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } = new(Name, [RunId, Key, Value]);
}
