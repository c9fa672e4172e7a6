namespace LogLens.Core.Interchange.Parquet;

/// <summary>runs.parquet: one row per run, listing the runs: run_id, formats (the formats the run was first read from, comma-joined).</summary>
internal static class RunsTable
{
    /// <summary>The table name.</summary>
    public const string Name = "runs";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The run's formats, comma-joined; optional on read.</summary>
    public static TableColumn Formats { get; } = TableColumn.Text("formats").Optional();

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } = new(Name, [RunId, Formats]);
}
