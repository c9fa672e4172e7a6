using System.Collections.Immutable;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The tables of one export folder, shared by all its runs' readers: each table is loaded at most once, on first use
/// (so runs served from the ingest cache never load it), then each run takes its own rows.
/// </summary>
internal sealed class ExportData
{
    private readonly Dictionary<string, Lazy<TableRows>> tables = new(StringComparer.Ordinal);

    public ExportData(IEnumerable<TableFile> files)
    {
        foreach (TableFile file in files.Where(f => Create(f.Table) is not null))
        {
            tables[file.Table] = new Lazy<TableRows>(() => TableLoader.Load(file, Create(file.Table)!), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The runs runs.parquet lists; empty when there is no usable runs table (then every run with rows is a run).</summary>
    public ImmutableSortedSet<string> Listed { get; set; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>The tables read, in reading order.</summary>
    public IEnumerable<string> Tables => ParquetTables.All.Select(t => t.Name).Where(tables.ContainsKey);

    /// <summary>A table's rows, loading it on first use.</summary>
    public TableRows Rows(string table) => tables[table].Value;

    /// <summary>An empty reader of a table, or null for a table not read back (summaries).</summary>
    public static TableRows? Create(string table) => table switch
    {
        RunsTable.Name => new RunsRows(),
        ParamsTable.Name => new ParamsRows(),
        SeriesTable.Name => new SeriesRows(),
        ScoresTable.Name => new ScoresRows(),
        SamplesTable.Name => new SamplesRows(),
        DirectionsTable.Name => new DirectionsRows(),
        _ => null,
    };
}
