using LogLens.Core.Model;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// summaries.parquet: one row per run and metric with exact statistics of the full series (see
/// <see cref="SeriesSummary"/>) and the direction best was taken in (higher_is_better).
/// </summary>
internal static class SummariesTableWriter
{
    public static async Task<long> WriteAsync(string path, RunSet runSet, CancellationToken cancellationToken)
    {
        var id = new TextColumnBuffer("run_id");
        var metric = new TextColumnBuffer("metric");
        var points = new ValueColumnBuffer<long>("points");
        var firstStep = new ValueColumnBuffer<double>("first_step");
        var lastStep = new ValueColumnBuffer<double>("last_step");
        var final = new NullableColumnBuffer<double>("final");
        var best = new NullableColumnBuffer<double>("best");
        var bestStep = new NullableColumnBuffer<double>("best_step");
        var min = new NullableColumnBuffer<double>("min");
        var max = new NullableColumnBuffer<double>("max");
        var mean = new NullableColumnBuffer<double>("mean");
        var nonFinite = new ValueColumnBuffer<long>("non_finite");
        var higher = new ValueColumnBuffer<bool>("higher_is_better");
        ColumnBuffer[] columns = [id, metric, points, firstStep, lastStep, final, best, bestStep, min, max, mean, nonFinite, higher];
        long rows = 0;
        await using TableFileWriter table = await TableFileWriter.CreateAsync(path, columns, cancellationToken).ConfigureAwait(false);
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
