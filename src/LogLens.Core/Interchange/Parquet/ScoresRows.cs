using LogLens.Core.Ingest.Formats;
using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>scores.parquet: run_id, dataset (null: "default"), metric, value, optional n and stderr.</summary>
internal sealed class ScoresRows : TableRows
{
    private readonly Dictionary<string, List<Score>> byRun = new(StringComparer.Ordinal);

    public override TableSchema Schema => ScoresTable.Schema;

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[]? datasets = columns.Text(ScoresTable.Dataset);
        string?[] metrics = columns.Text(ScoresTable.Metric)!;
        double?[] values = columns.Number(ScoresTable.Value)!;
        double?[]? n = columns.Number(ScoresTable.N);
        double?[]? stderr = columns.Number(ScoresTable.Stderr);
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(columns, i) is not string id)
            {
                continue;
            }

            if (string.IsNullOrEmpty(metrics[i]) || values[i] is not double value)
            {
                Skip($"{ScoresTable.Metric.Name} or {ScoresTable.Value.Name} is null");
                continue;
            }

            string dataset = string.IsNullOrEmpty(datasets?[i]) ? RunSet.DefaultDataset : datasets[i]!;
            int? count = n?[i] is double c && c >= 0 && c <= int.MaxValue && c == Math.Floor(c) ? (int)c : null;
            RowsOf(byRun, id).Add(new Score(dataset, metrics[i]!, value, count, stderr?[i]));
        }
    }

    public override void Apply(string runId, RunFragment fragment, string path)
    {
        foreach (Score score in byRun.GetValueOrDefault(runId) ?? [])
        {
            fragment.AddScore(score);
        }
    }
}
