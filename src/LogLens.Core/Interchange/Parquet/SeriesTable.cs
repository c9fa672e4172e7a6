namespace LogLens.Core.Interchange.Parquet;

/// <summary>series.parquet: one row per (downsampled) series point: run_id, metric, step, value; a reader takes any numeric types.</summary>
internal static class SeriesTable
{
    /// <summary>The table name.</summary>
    public const string Name = "series";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The metric name.</summary>
    public static TableColumn Metric { get; } = TableColumn.Text(ColumnNames.Metric);

    /// <summary>The step (a double: steps may be fractional epochs).</summary>
    public static TableColumn Step { get; } = TableColumn.Value<double>("step");

    /// <summary>The value at that step.</summary>
    public static TableColumn Value { get; } = TableColumn.Value<double>(ColumnNames.Value);

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } = new(Name, [RunId, Metric, Step, Value]);
}
