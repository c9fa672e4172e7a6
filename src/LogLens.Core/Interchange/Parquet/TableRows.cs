using System.Globalization;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// The rows of one export table, loaded once for every run of the export and grouped by run id: each run's reader
/// applies its own rows. Rows that cannot be used are skipped and counted per file and reason, reported once.
/// </summary>
internal abstract class TableRows
{
    private readonly SortedDictionary<(string Path, string Reason), int> skipped = [];
    private readonly List<LayoutNotice> problems = [];

    /// <summary>The table read: its columns are decoded, and a file lacking a required one is not read.</summary>
    public abstract TableSchema Schema { get; }

    /// <summary>Run ids with rows in this table.</summary>
    public abstract IEnumerable<string> RunIds { get; }

    /// <summary>The part file being loaded (for skipped-row counts).</summary>
    public string CurrentPath { get; set; } = "";

    /// <summary>Problems with the table's files: unreadable parts or row groups, skipped rows.</summary>
    public IEnumerable<LayoutNotice> Problems =>
    [
        .. problems,
        .. skipped.Select(s => new LayoutNotice(
            IngestCodes.UnreadableFile, s.Key.Path, string.Create(CultureInfo.InvariantCulture, $"{s.Value} row(s) skipped: {s.Key.Reason}"))),
    ];

    /// <summary>Adds a row group's rows.</summary>
    public abstract void Add(RowGroupColumns columns);

    /// <summary>Feeds <paramref name="runId"/>'s rows to <paramref name="fragment"/>; <paramref name="path"/> is the table's input.</summary>
    public abstract void Apply(string runId, RunFragment fragment, string path);

    /// <summary>Records a problem with a part file.</summary>
    public void Problem(string code, string path, string message) => problems.Add(new LayoutNotice(code, path, message));

    /// <summary>Counts a row skipped for <paramref name="reason"/> in the current part.</summary>
    protected void Skip(string reason)
    {
        var key = (CurrentPath, reason);
        skipped[key] = skipped.GetValueOrDefault(key) + 1;
    }

    /// <summary>The run id of row <paramref name="i"/>, or null (counted) when it is missing.</summary>
    protected string? RunId(RowGroupColumns columns, int i) => RunId(columns.Text(TableColumn.RunId)!, i);

    /// <summary>The run id in row <paramref name="i"/> of the run_id column, or null (counted) when it is missing.</summary>
    protected string? RunId(string?[] ids, int i)
    {
        string? id = ids[i];
        if (string.IsNullOrEmpty(id))
        {
            Skip($"{TableColumn.RunId.Name} is null or empty");
            return null;
        }

        return id;
    }

    /// <summary>The list of <paramref name="runId"/> in <paramref name="byRun"/>, created on first use.</summary>
    protected static List<T> RowsOf<T>(Dictionary<string, List<T>> byRun, string runId)
    {
        if (!byRun.TryGetValue(runId, out List<T>? rows))
        {
            rows = [];
            byRun.Add(runId, rows);
        }

        return rows;
    }
}
