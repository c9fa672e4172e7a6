namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// summaries.parquet: one row per run and metric with exact statistics of the full series (see
/// <see cref="SeriesSummary"/>) and the direction best was taken in. Written for SQL users, not read back.
/// </summary>
internal static class SummariesTable
{
    /// <summary>The table name.</summary>
    public const string Name = "summaries";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The metric name.</summary>
    public static TableColumn Metric { get; } = TableColumn.Text(ColumnNames.Metric);

    /// <summary>Points logged.</summary>
    public static TableColumn Points { get; } = TableColumn.Value<long>("points");

    /// <summary>The first step.</summary>
    public static TableColumn FirstStep { get; } = TableColumn.Value<double>("first_step");

    /// <summary>The last step.</summary>
    public static TableColumn LastStep { get; } = TableColumn.Value<double>("last_step");

    /// <summary>The last finite value; null when none is finite.</summary>
    public static TableColumn Final { get; } = TableColumn.NullableValue<double>("final");

    /// <summary>The best finite value in the metric's direction.</summary>
    public static TableColumn Best { get; } = TableColumn.NullableValue<double>("best");

    /// <summary>The step of the first best value.</summary>
    public static TableColumn BestStep { get; } = TableColumn.NullableValue<double>("best_step");

    /// <summary>The lowest finite value.</summary>
    public static TableColumn Min { get; } = TableColumn.NullableValue<double>("min");

    /// <summary>The highest finite value.</summary>
    public static TableColumn Max { get; } = TableColumn.NullableValue<double>("max");

    /// <summary>The mean of the finite values.</summary>
    public static TableColumn Mean { get; } = TableColumn.NullableValue<double>("mean");

    /// <summary>How many values are NaN or infinite.</summary>
    public static TableColumn NonFinite { get; } = TableColumn.Value<long>("non_finite");

    /// <summary>The direction best was taken in.</summary>
    public static TableColumn HigherIsBetter { get; } = TableColumn.Value<bool>(ColumnNames.HigherIsBetter);

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } =
        new(Name, [RunId, Metric, Points, FirstStep, LastStep, Final, Best, BestStep, Min, Max, Mean, NonFinite, HigherIsBetter]);
}
