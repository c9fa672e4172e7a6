using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>directions.parquet: run_id, metric, higher_is_better: a direction the run's logs stated.</summary>
internal sealed class DirectionsRows : TableRows
{
    private readonly Dictionary<string, List<(string Metric, bool Higher)>> byRun = new(StringComparer.Ordinal);

    public override IReadOnlyList<ColumnSpec> Columns { get; } =
        [ColumnSpec.RunId, new("metric", ColumnKind.Text, true), new("higher_is_better", ColumnKind.Flag, true)];

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[] metrics = columns.Text("metric")!;
        bool?[] higher = columns.Flag("higher_is_better")!;
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is not string id)
            {
                continue;
            }

            if (string.IsNullOrEmpty(metrics[i]) || higher[i] is not bool h)
            {
                Skip("metric or higher_is_better is null");
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
