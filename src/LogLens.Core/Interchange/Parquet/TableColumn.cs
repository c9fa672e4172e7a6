namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// One column of an export table, declared once in its table's schema (e.g. <see cref="SeriesTable"/>): the writer
/// makes the column's Parquet field from it, the reader finds the column by name (any case) and decodes it as
/// <see cref="Kind"/>, whatever type another tool wrote it as.
/// </summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The type the writer writes: string, double, long or bool.</param>
/// <param name="Nullable">Whether the writer writes nulls (an optional Parquet field).</param>
/// <param name="Required">Whether the reader needs the column: a part file without it is not read.</param>
internal sealed record TableColumn(string Name, Type Type, bool Nullable, bool Required)
{
    /// <summary>run_id, the run a row belongs to: every table's first column.</summary>
    public static TableColumn RunId { get; } = Text(ColumnNames.RunId);

    /// <summary>How the reader decodes the column: text, a number or a flag.</summary>
    public ColumnKind Kind => Type == typeof(string) ? ColumnKind.Text : Type == typeof(bool) ? ColumnKind.Flag : ColumnKind.Number;

    /// <summary>A text column the writer never leaves null and the reader needs.</summary>
    public static TableColumn Text(string name) => new(name, typeof(string), false, true);

    /// <summary>A text column that may be null; the reader does without it.</summary>
    public static TableColumn NullableText(string name) => new(name, typeof(string), true, false);

    /// <summary>A <typeparamref name="T"/> column the writer never leaves null and the reader needs.</summary>
    public static TableColumn Value<T>(string name)
        where T : struct => new(name, typeof(T), false, true);

    /// <summary>A <typeparamref name="T"/> column that may be null; the reader does without it.</summary>
    public static TableColumn NullableValue<T>(string name)
        where T : struct => new(name, typeof(T), true, false);

    /// <summary>The same column, but one the reader does without (the writer always writes it; another tool may not).</summary>
    public TableColumn Optional() => this with { Required = false };
}
