using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Writes <see cref="DirectionsTable"/>: the directions each run's logs stated.</summary>
internal static class DirectionsTableWriter
{
    public static async Task<long> WriteAsync(string directory, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(DirectionsTable.RunId);
        var metric = new TextColumnBuffer(DirectionsTable.Metric);
        var higher = new ValueColumnBuffer<bool>(DirectionsTable.HigherIsBetter);
        long rows = 0;
        await using TableFileWriter table =
            await TableFileWriter.CreateAsync(directory, DirectionsTable.Schema, [id, metric, higher], cancellationToken).ConfigureAwait(false);
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
