namespace LogLens.Core.Interchange.Parquet;

/// <summary>directions.parquet: one row per metric direction a run's logs stated (e.g. lm-eval's higher_is_better): run_id, metric, higher_is_better.</summary>
internal static class DirectionsTable
{
    /// <summary>The table name.</summary>
    public const string Name = "directions";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The metric name.</summary>
    public static TableColumn Metric { get; } = TableColumn.Text(ColumnNames.Metric);

    /// <summary>Whether a higher value is better.</summary>
    public static TableColumn HigherIsBetter { get; } = TableColumn.Value<bool>(ColumnNames.HigherIsBetter);

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } = new(Name, [RunId, Metric, HigherIsBetter]);
}
