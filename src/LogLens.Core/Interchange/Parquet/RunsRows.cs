using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>runs.parquet: run_id, optional formats (comma-joined, the formats the run was first read from). It lists the runs.</summary>
internal sealed class RunsRows : TableRows
{
    private readonly Dictionary<string, string?> formats = new(StringComparer.Ordinal);

    public override TableSchema Schema => RunsTable.Schema;

    public override IEnumerable<string> RunIds => formats.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[]? text = columns.Text(RunsTable.Formats);
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is string id && !formats.TryAdd(id, text?[i]))
            {
                Skip($"{RunsTable.RunId.Name} listed twice");
            }
        }
    }

    public override void Apply(string runId, RunFragment fragment, string path)
    {
        if (formats.GetValueOrDefault(runId) is string list)
        {
            foreach (string format in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                fragment.AddFormat(format);
            }
        }
    }
}
