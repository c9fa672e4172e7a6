using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>directions.parquet: run_id, metric, higher_is_better: the directions a run's logs stated (e.g. lm-eval's higher_is_better).</summary>
internal static class DirectionsTableWriter
{
    public static async Task<long> WriteAsync(string path, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer("run_id");
        var metric = new TextColumnBuffer("metric");
        var higher = new ValueColumnBuffer<bool>("higher_is_better");
        long rows = 0;
        await using TableFileWriter table = await TableFileWriter.CreateAsync(path, [id, metric, higher], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            foreach ((string name, bool higherIsBetter) in run.Directions)
            {
                id.Add(run.Id);
                metric.Add(name);
                higher.Add(higherIsBetter);
                rows++;
            }

            await table.EndRunAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
