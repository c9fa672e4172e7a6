namespace LogLens.Core.Interchange.Parquet;

/// <summary>A column a table reader uses: its name (matched case-insensitively), kind, and whether the table is unusable without it.</summary>
internal sealed record ColumnSpec(string Name, ColumnKind Kind, bool Required)
{
    /// <summary>The run id column every table has.</summary>
    public static readonly ColumnSpec RunId = new("run_id", ColumnKind.Text, true);
}
