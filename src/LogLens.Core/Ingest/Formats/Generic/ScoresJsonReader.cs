using System.Text.Json;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// scores.json: an array of {dataset, metric, value[, n][, stderr]} objects, or {dataset: {metric: value}}
/// (a value may also be {value, n, stderr}).
/// </summary>
internal sealed class ScoresJsonReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly ScoresJsonReader Default = new();

    private ScoresJsonReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        using JsonDocument? document = JsonFile.Load(path, fragment);
        JsonElement root = document?.RootElement ?? default;
        switch (root.ValueKind)
        {
            case JsonValueKind.Undefined:
                return;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in root.EnumerateArray())
                {
                    index++;
                    string dataset = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("dataset", out JsonElement d)
                        && d.ValueKind == JsonValueKind.String
                        ? d.GetString()! : RunSet.DefaultDataset;
                    string? metric = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("metric", out JsonElement m)
                        && m.ValueKind == JsonValueKind.String
                        ? m.GetString() : null;
                    Add(fragment, path, dataset, metric, item, $"item {index}");
                }

                return;
            case JsonValueKind.Object:
                foreach (JsonProperty dataset in root.EnumerateObject())
                {
                    if (dataset.Value.ValueKind != JsonValueKind.Object)
                    {
                        fragment.Report(IngestCodes.UnreadableFile, path, null, $"dataset '{dataset.Name}' should map metric names to values; skipped");
                        continue;
                    }

                    foreach (JsonProperty metric in dataset.Value.EnumerateObject())
                    {
                        Add(fragment, path, dataset.Name, metric.Name, metric.Value, $"'{dataset.Name}'/'{metric.Name}'");
                    }
                }

                return;
            default:
                fragment.Report(IngestCodes.UnreadableFile, path, null, "expected an array of scores or {dataset: {metric: value}}; file skipped");
                return;
        }
    }

    private static void Add(RunFragment fragment, string path, string dataset, string? metric, JsonElement value, string where)
    {
        double? n = null;
        double? stderr = null;
        if (value.ValueKind == JsonValueKind.Object)
        {
            n = Number(value, "n");
            stderr = Number(value, "stderr");
            value = value.TryGetProperty("value", out JsonElement v) ? v : default;
        }

        if (string.IsNullOrEmpty(metric) || !JsonValues.TryGetDouble(value, out double number))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, string.IsNullOrEmpty(metric)
                ? $"{where} has no metric name; skipped"
                : $"{where}: value {(value.ValueKind == JsonValueKind.Undefined ? "missing" : JsonValues.Describe(value))} is not a number; skipped");
            return;
        }

        fragment.AddScore(new Score(dataset, metric, number, ScoreCount.From(n), stderr));
    }

    private static double? Number(JsonElement item, string name) =>
        item.TryGetProperty(name, out JsonElement e) && JsonValues.TryGetDouble(e, out double v) ? v : null;
}
