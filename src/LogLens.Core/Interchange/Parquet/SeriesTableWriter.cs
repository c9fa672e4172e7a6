using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>Writes <see cref="SeriesTable"/>: each run's series, downsampled by <see cref="SeriesDownsampler"/>.</summary>
internal static class SeriesTableWriter
{
    public static async Task<(long Points, long Written, int Reduced)> WriteAsync(
        string directory, IReadOnlyList<Run> runs, int maxPoints, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(SeriesTable.RunId);
        var metric = new TextColumnBuffer(SeriesTable.Metric);
        var step = new ValueColumnBuffer<double>(SeriesTable.Step);
        var value = new ValueColumnBuffer<double>(SeriesTable.Value);
        long points = 0;
        long written = 0;
        int reduced = 0;
        await using TableFileWriter table =
            await TableFileWriter.CreateAsync(directory, SeriesTable.Schema, [id, metric, step, value], cancellationToken).ConfigureAwait(false);
        foreach (Run run in runs)
        {
            foreach (MetricSeries series in run.Series)
            {
                int[] keep = SeriesDownsampler.Keep(series, maxPoints);
                points += series.Count;
                written += keep.Length;
                reduced += keep.Length < series.Count ? 1 : 0;
                foreach (int i in keep)
                {
                    id.Add(run.Id);
                    metric.Add(series.Name);
                    step.Add(series.Steps[i]);
                    value.Add(series.Values[i]);
                }
            }

            await table.EndRunAsync(cancellationToken).ConfigureAwait(false);
        }

        return (points, written, reduced);
    }
}
