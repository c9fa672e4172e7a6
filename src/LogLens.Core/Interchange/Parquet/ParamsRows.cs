using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>params.parquet: run_id, key, value (text; numbers are read as invariant text). A later row overwrites an earlier key.</summary>
internal sealed class ParamsRows : TableRows
{
    private readonly Dictionary<string, List<(string Key, string Value)>> byRun = new(StringComparer.Ordinal);

    public override TableSchema Schema => ParamsTable.Schema;

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[] keys = columns.Text(ParamsTable.Key)!;
        string?[] values = columns.Text(ParamsTable.Value)!;
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is not string id)
            {
                continue;
            }

            if (string.IsNullOrEmpty(keys[i]) || values[i] is null)
            {
                Skip($"{ParamsTable.Key.Name} or {ParamsTable.Value.Name} is null");
                continue;
            }

            RowsOf(byRun, id).Add((keys[i]!, values[i]!));
        }
    }

    public override void Apply(string runId, RunFragment fragment, string path)
    {
        foreach ((string key, string value) in byRun.GetValueOrDefault(runId) ?? [])
        {
            fragment.SetParam(key, value);
        }
    }
}
