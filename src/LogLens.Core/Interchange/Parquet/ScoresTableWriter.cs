using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>scores.parquet: run_id, dataset, metric, value, n (nullable int64), stderr (nullable double).</summary>
internal static class ScoresTableWriter
{
    public static async Task<long> WriteAsync(string path, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer("run_id");
        var dataset = new TextColumnBuffer("dataset");
        var metric = new TextColumnBuffer("metric");
        var value = new ValueColumnBuffer<double>("value");
        var n = new NullableColumnBuffer<long>("n");
        var stderr = new NullableColumnBuffer<double>("stderr");
        long rows = 0;
        await using TableFileWriter table = await TableFileWriter.CreateAsync(path, [id, dataset, metric, value, n, stderr], cancellationToken).ConfigureAwait(false);
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
