using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>directions.parquet: run_id, metric, higher_is_better: a direction the run's logs stated.</summary>
internal sealed class DirectionsRows : TableRows
{
    private readonly Dictionary<string, List<(string Metric, bool Higher)>> byRun = new(StringComparer.Ordinal);

    public override TableSchema Schema => DirectionsTable.Schema;

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[] metrics = columns.Text(DirectionsTable.Metric)!;
        bool?[] higher = columns.Flag(DirectionsTable.HigherIsBetter)!;
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is not string id)
            {
                continue;
            }

            if (string.IsNullOrEmpty(metrics[i]) || higher[i] is not bool h)
            {
                Skip($"{DirectionsTable.Metric.Name} or {DirectionsTable.HigherIsBetter.Name} is null");
                continue;
            }

            RowsOf(byRun, id).Add((metrics[i]!, h));
        }
    }

    public override void Apply(string runId, RunFragment fragment, string path)
    {
        foreach ((string metric, bool higher) in byRun.GetValueOrDefault(runId) ?? [])
        {
            fragment.SetDirection(metric, higher);
        }
    }
}
