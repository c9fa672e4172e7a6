using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Writes <see cref="ScoresTable"/>: each run's final scores.</summary>
internal static class ScoresTableWriter
{
    public static async Task<long> WriteAsync(string directory, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(ScoresTable.RunId);
        var dataset = new TextColumnBuffer(ScoresTable.Dataset);
        var metric = new TextColumnBuffer(ScoresTable.Metric);
        var value = new ValueColumnBuffer<double>(ScoresTable.Value);
        var n = new NullableColumnBuffer<long>(ScoresTable.N);
        var stderr = new NullableColumnBuffer<double>(ScoresTable.Stderr);
        long rows = 0;
        await using TableFileWriter table =
            await TableFileWriter.CreateAsync(directory, ScoresTable.Schema, [id, dataset, metric, value, n, stderr], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            foreach (Score score in run.Scores)
            {
                id.Add(run.Id);
                dataset.Add(score.Dataset);
                metric.Add(score.Metric);
                value.Add(score.Value);
                n.Add(score.N);
                stderr.Add(score.Stderr);
                rows++;
            }

            await table.EndRunAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
