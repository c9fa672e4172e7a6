using System.Globalization;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// Joins a run's summary (the last value of each key) with its history: a metric the history lacks (a history cut
/// short, or a value set on the summary only) becomes one point at the summary's <c>_step</c>; a metric whose
/// summary value differs from the history's last value beyond float tolerance is reported, and the history kept.
/// </summary>
internal static class WandbSummary
{
    /// <summary>Relative tolerance: float32 round trips (1.2e-7) pass, real differences do not.</summary>
    public const double Tolerance = 1e-6;

    /// <param name="fragment">The run.</param>
    /// <param name="path">The summary's file, for diagnostics.</param>
    /// <param name="values">Numeric summary values by key (W&amp;B's own <c>_</c> keys included; <c>_step</c> gives the step).</param>
    /// <param name="series">The builder of a metric (a cache or <see cref="RunFragment.Series"/>).</param>
    /// <param name="lastPoint">The last point of a metric's history, or null when it has none.</param>
    public static void Merge(
        RunFragment fragment,
        string path,
        IReadOnlyList<(string Key, double Value)> values,
        Func<string, SeriesBuilder> series,
        Func<string, (double Step, double Value)?> lastPoint)
    {
        double step = values.Where(v => v.Key == "_step" && double.IsFinite(v.Value)).Select(v => v.Value).DefaultIfEmpty(0).Last();
        var onlySummary = new List<string>();
        foreach ((string key, double value) in values)
        {
            if (WandbValues.IsInternal(key))
            {
                continue;
            }

            if (lastPoint(key) is not (double lastStep, double last))
            {
                series(key).Add(step, value);
                onlySummary.Add(key);
            }
            else if (!Same(last, value))
            {
                fragment.Report(IngestCodes.PartialFile, path, null, string.Create(CultureInfo.InvariantCulture,
                    $"summary value of '{key}' is {value:R} but the history's last value is {last:R} (step {lastStep:R}): the history is cut short or the "
                    + $"summary was set by hand; the history is kept"));
            }
        }

        if (onlySummary.Count > 0)
        {
            string names = string.Join(", ", onlySummary.Take(5)) + (onlySummary.Count > 5 ? ", …" : "");
            fragment.Report(IngestCodes.PartialFile, path, null, string.Create(CultureInfo.InvariantCulture,
                $"{onlySummary.Count} summary metric(s) have no history ({names}): set on the summary only, or the history was cut short; each kept as one "
                + $"point at step {step:R}"));
        }
    }

    /// <summary>
    /// The numeric values of summary items given as JSON text: plain numbers, NaN/Infinity, numeric leaves of objects;
    /// media objects skipped, whether kept whole (a <c>_type</c> inside) or flattened by wandb-core into one item per field.
    /// </summary>
    public static List<(string Key, double Value)> Numbers(IEnumerable<KeyValuePair<string, string>> items)
    {
        var numbers = new List<(string Key, double Value)>();
        List<KeyValuePair<string, string>> list = [.. items];
        List<string>? media = WandbValues.MediaPrefixes([.. list.Select(i => i.Key)]);
        foreach ((string key, string json) in list)
        {
            if (WandbValues.IsMediaField(key, media))
            {
                continue;
            }

            if (WandbValues.TryNumber(json, out double value))
            {
                numbers.Add((key, value));
            }
            else if (json.StartsWith('{'))
            {
                using System.Text.Json.JsonDocument? document = WandbValues.Parse(json);
                if (document is not null)
                {
                    WandbValues.Numbers(document.RootElement, key, numbers);
                }
            }
        }

        return numbers;
    }

    /// <summary>Equal within <see cref="Tolerance"/> (relative), NaN equal to NaN, infinities equal to themselves.</summary>
    public static bool Same(double a, double b) =>
        a.Equals(b) || Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
