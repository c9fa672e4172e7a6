namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The column names more than one table has, spelled once here; each table's schema (e.g. <see cref="ScoresTable"/>)
/// still declares its own column of that name, with its type.
/// </summary>
internal static class ColumnNames
{
    /// <summary>The run a row belongs to (every table).</summary>
    public const string RunId = "run_id";

    /// <summary>A metric name (summaries, series, scores, directions).</summary>
    public const string Metric = "metric";

    /// <summary>A value: a parameter's text (params) or a metric's number (series, scores).</summary>
    public const string Value = "value";

    /// <summary>The dataset a score or sample is on (scores, samples).</summary>
    public const string Dataset = "dataset";

    /// <summary>Whether a higher value of the metric is better (summaries, directions).</summary>
    public const string HigherIsBetter = "higher_is_better";
}
