using System.Globalization;
using System.Text.Json;
using LogLens.Core.Ingest.Formats.Wandb.Proto;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// Turns the HistoryRecords of one .wandb file into series: one row per record, its x the row's <c>_step</c>
/// (else the record's step, else the row index), W&amp;B's own <c>_</c> keys skipped, nested objects flattened with
/// '.', media and text values skipped (also when wandb-core
/// flattened a media object into one item per field). Keeps each metric's last point for the summary check.
/// </summary>
internal sealed class WandbHistory(RunFragment fragment, string path)
{
    private readonly Dictionary<string, Tracked> series = new(StringComparer.Ordinal);
    private readonly List<(string Key, double Value)> nested = [];
    private readonly List<string> keys = [];
    private long rows;
    private bool resumeReported;

    public void Add(HistoryRecord record)
    {
        keys.Clear();
        double step = double.NaN;
        foreach (HistoryItem item in record.Item)
        {
            string key = WandbValues.Key(item.Key, item.NestedKey);
            keys.Add(key);
            if (key == "_step" && WandbValues.TryNumber(item.ValueJson, out double s) && double.IsFinite(s))
            {
                step = s;
            }
        }

        if (double.IsNaN(step))
        {
            step = record.Step is { } historyStep ? historyStep.Num : rows;
        }

        rows++;
        List<string>? media = WandbValues.MediaPrefixes(keys);
        for (int i = 0; i < keys.Count; i++)
        {
            string key = keys[i];
            if (key.Length == 0 || WandbValues.IsInternal(key) || WandbValues.IsMediaField(key, media))
            {
                continue;
            }

            string json = record.Item[i].ValueJson;
            if (WandbValues.TryNumber(json, out double value))
            {
                Point(key, step, value);
            }
            else if (json.StartsWith('{'))
            {
                AddNested(key, json, step);
            }
        }
    }

    /// <summary>The builder of a metric (created on first use) for points that do not come from history rows.</summary>
    public SeriesBuilder Series(string key) => Track(key).Builder;

    /// <summary>The last point a history row gave this metric, or null.</summary>
    public (double Step, double Value)? LastPoint(string key) =>
        series.TryGetValue(key, out Tracked? t) && t.Builder.Count > 0 ? (t.LastStep, t.LastValue) : null;

    private void AddNested(string key, string json, double step)
    {
        using JsonDocument? document = WandbValues.Parse(json);
        if (document is null)
        {
            return;
        }

        nested.Clear();
        WandbValues.Numbers(document.RootElement, key, nested);
        foreach ((string k, double v) in nested)
        {
            Point(k, step, v);
        }
    }

    private void Point(string key, double step, double value)
    {
        Tracked tracked = Track(key);
        if (tracked.Builder.Add(step, value) && !resumeReported)
        {
            resumeReported = true;
            fragment.Report(IngestCodes.ResumedSteps, path, null, string.Create(CultureInfo.InvariantCulture,
                $"'{key}' goes back to step {step:R} after step {tracked.LastStep:R} (resumed or restarted run?); the later values win"));
        }

        tracked.LastStep = step;
        tracked.LastValue = value;
    }

    private Tracked Track(string key)
    {
        if (!series.TryGetValue(key, out Tracked? tracked))
        {
            tracked = new Tracked(fragment.Series(key));
            series.Add(key, tracked);
        }

        return tracked;
    }

    private sealed class Tracked(SeriesBuilder builder)
    {
        public SeriesBuilder Builder { get; } = builder;

        public double LastStep { get; set; }

        public double LastValue { get; set; }
    }
}
