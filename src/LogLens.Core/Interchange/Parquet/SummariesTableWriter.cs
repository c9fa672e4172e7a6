using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// Writes <see cref="SummariesTable"/>: one row per run and metric with exact statistics of the full series (see
/// <see cref="SeriesSummary"/>) and the direction best was taken in.
/// </summary>
internal static class SummariesTableWriter
{
    public static async Task<long> WriteAsync(string directory, RunSet runSet, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer(SummariesTable.RunId);
        var metric = new TextColumnBuffer(SummariesTable.Metric);
        var points = new ValueColumnBuffer<long>(SummariesTable.Points);
        var firstStep = new ValueColumnBuffer<double>(SummariesTable.FirstStep);
        var lastStep = new ValueColumnBuffer<double>(SummariesTable.LastStep);
        var final = new NullableColumnBuffer<double>(SummariesTable.Final);
        var best = new NullableColumnBuffer<double>(SummariesTable.Best);
        var bestStep = new NullableColumnBuffer<double>(SummariesTable.BestStep);
        var min = new NullableColumnBuffer<double>(SummariesTable.Min);
        var max = new NullableColumnBuffer<double>(SummariesTable.Max);
        var mean = new NullableColumnBuffer<double>(SummariesTable.Mean);
        var nonFinite = new ValueColumnBuffer<long>(SummariesTable.NonFinite);
        var higher = new ValueColumnBuffer<bool>(SummariesTable.HigherIsBetter);
        ColumnBuffer[] columns = [id, metric, points, firstStep, lastStep, final, best, bestStep, min, max, mean, nonFinite, higher];
        long rows = 0;
        await using TableFileWriter table =
            await TableFileWriter.CreateAsync(directory, SummariesTable.Schema, columns, cancellationToken).ConfigureAwait(false);
        foreach (Run run in runSet.Runs)
        {
            foreach (MetricSeries series in run.Series)
            {
                bool higherIsBetter = runSet.Metrics.TryGetValue(series.Name, out MetricDefinition? definition) && definition.HigherIsBetter;
                SeriesSummary s = SeriesSummary.Of(series, higherIsBetter);
                id.Add(run.Id);
                metric.Add(series.Name);
                points.Add(s.Points);
                firstStep.Add(s.FirstStep);
                lastStep.Add(s.LastStep);
                final.Add(s.Final);
                best.Add(s.Best);
                bestStep.Add(s.BestStep);
                min.Add(s.Min);
                max.Add(s.Max);
                mean.Add(s.Mean);
                nonFinite.Add(s.NonFinite);
                higher.Add(higherIsBetter);
                rows++;
            }

            await table.EndRunAsync(cancellationToken).ConfigureAwait(false);
        }

        return rows;
    }
}
