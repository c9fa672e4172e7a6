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
        var id = new StringColumn("run_id");
        var metric = new StringColumn("metric");
        var points = new ValueColumn<long>("points");
        var firstStep = new ValueColumn<double>("first_step");
        var lastStep = new ValueColumn<double>("last_step");
        var final = new NullableColumn<double>("final");
        var best = new NullableColumn<double>("best");
        var bestStep = new NullableColumn<double>("best_step");
        var min = new NullableColumn<double>("min");
        var max = new NullableColumn<double>("max");
        var mean = new NullableColumn<double>("mean");
        var nonFinite = new ValueColumn<long>("non_finite");
        var higher = new ValueColumn<bool>("higher_is_better");
        ExportColumn[] columns = [id, metric, points, firstStep, lastStep, final, best, bestStep, min, max, mean, nonFinite, higher];
        long rows = 0;
        await using ParquetTableWriter table = await ParquetTableWriter.CreateAsync(path, columns, cancellationToken).ConfigureAwait(false);
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
