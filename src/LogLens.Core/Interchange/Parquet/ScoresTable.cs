namespace LogLens.Core.Interchange.Parquet;

/// <summary>scores.parquet: one row per final score: run_id, dataset, metric, value, n, stderr.</summary>
internal static class ScoresTable
{
    /// <summary>The table name.</summary>
    public const string Name = "scores";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The dataset; optional on read (null or missing: the default dataset).</summary>
    public static TableColumn Dataset { get; } = TableColumn.Text(ColumnNames.Dataset).Optional();

    /// <summary>The metric name.</summary>
    public static TableColumn Metric { get; } = TableColumn.Text(ColumnNames.Metric);

    /// <summary>The score.</summary>
    public static TableColumn Value { get; } = TableColumn.Value<double>(ColumnNames.Value);

    /// <summary>The number of examples scored, when known.</summary>
    public static TableColumn N { get; } = TableColumn.NullableValue<long>("n");

    /// <summary>The score's standard error, when known.</summary>
    public static TableColumn Stderr { get; } = TableColumn.NullableValue<double>("stderr");

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } = new(Name, [RunId, Dataset, Metric, Value, N, Stderr]);
}
