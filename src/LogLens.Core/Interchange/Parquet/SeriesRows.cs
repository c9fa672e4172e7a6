using System.Globalization;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// series.parquet: run_id, metric, step, value (any numeric types). Rows may come in any order (a SQL job does not
/// promise one): each series is sorted by step, stably, so of two rows with the same step the later one wins (LL005).
/// </summary>
internal sealed class SeriesRows : TableRows
{
    private readonly Dictionary<string, Dictionary<string, List<(double Step, double Value)>>> byRun = new(StringComparer.Ordinal);

    public override TableSchema Schema => SeriesTable.Schema;

    public override IEnumerable<string> RunIds => byRun.Keys;

    public override void Add(RowGroupColumns columns)
    {
        string?[] ids = columns.Text(SeriesTable.RunId)!;
        string?[] metrics = columns.Text(SeriesTable.Metric)!;
        double?[] steps = columns.Number(SeriesTable.Step)!;
        double?[] values = columns.Number(SeriesTable.Value)!;
        string? lastRun = null;
        string? lastMetric = null;
        Dictionary<string, List<(double, double)>>? run = null;
        List<(double, double)>? points = null;

        // Rows come grouped by run and metric (an export writes them so; any order is accepted): the run's and the
        // metric's lists are looked up only when they change.
        for (int i = 0; i < columns.RowCount; i++)
        {
            if (RunId(ids, i) is not string id)
            {
                continue;
            }

            string? metric = metrics[i];
            if (string.IsNullOrEmpty(metric) || steps[i] is not double step || double.IsNaN(step) || values[i] is not double value)
            {
                Skip($"{SeriesTable.Metric.Name}, {SeriesTable.Step.Name} or {SeriesTable.Value.Name} is null (or {SeriesTable.Step.Name} is NaN)");
                continue;
            }

            if (!ReferenceEquals(id, lastRun) && id != lastRun)
            {
                lastRun = id;
                lastMetric = null;
                run = byRun.TryGetValue(id, out var existing) ? existing : byRun[id] = new(StringComparer.Ordinal);
            }

            if (!ReferenceEquals(metric, lastMetric) && metric != lastMetric)
            {
                lastMetric = metric;
                if (!run!.TryGetValue(metric, out points))
                {
                    points = [];
                    run.Add(metric, points);
                }
            }

            points!.Add((step, value));
        }
    }

    public override void Apply(string runId, RunFragment fragment, string path)
    {
        if (!byRun.TryGetValue(runId, out var run))
        {
            return;
        }

        foreach ((string metric, List<(double Step, double Value)> points) in run.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var ordered = IsSorted(points) ? points : [.. points.OrderBy(p => p.Step)];
            SeriesBuilder series = fragment.Series(metric);
            series.EnsureCapacity(ordered.Count);
            bool reported = false;
            foreach ((double step, double value) in ordered)
            {
                if (series.Add(step, value) && !reported)
                {
                    reported = true;
                    fragment.Report(IngestCodes.ResumedSteps, path, null,
                        string.Create(CultureInfo.InvariantCulture, $"run '{runId}', '{metric}' has several rows at step {step:R}; the later row wins"));
                }
            }
        }
    }

    private static bool IsSorted(List<(double Step, double Value)> points)
    {
        for (int i = 1; i < points.Count; i++)
        {
            if (points[i].Step <= points[i - 1].Step)
            {
                return false;
            }
        }

        return true;
    }
}
