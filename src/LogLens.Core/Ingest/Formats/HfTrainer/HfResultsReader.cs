using System.Text.Json;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// {split}_results.json from the Trainer's save_metrics (all_results, train_results, eval_results,
/// predict_results, test_results): every numeric key but epoch becomes a score under its logged name; keys of a
/// named eval set (<c>eval_&lt;name&gt;_*</c>) become scores of that dataset without the name; <c>eval_samples</c>
/// (and the like) give the scores' n instead of a score of their own.
/// </summary>
internal sealed class HfResultsReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly HfResultsReader Default = new();

    private HfResultsReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "hf-trainer";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using JsonDocument? document = JsonFile.LoadObject(path, fragment, "metrics");
        if (document is null)
        {
            return;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (JsonValues.TryGetDouble(property.Value, out double value))
            {
                values[property.Name] = value;
            }
        }

        List<(string Prefix, string Dataset)> datasets = EvalDatasets.Find(values.Keys);
        foreach ((string key, double value) in values)
        {
            if (key == "epoch" || key.EndsWith("_samples", StringComparison.Ordinal))
            {
                continue;
            }

            (string dataset, string metric) = EvalDatasets.Split(key, datasets) ?? (RunSet.DefaultDataset, key);
            string prefix = key[..(key.IndexOf('_', StringComparison.Ordinal) + 1)];
            string samplesKey = dataset == RunSet.DefaultDataset ? prefix + "samples" : prefix + dataset + "_samples";
            int? n = values.TryGetValue(samplesKey, out double count) && count >= 0 && count <= int.MaxValue && count == Math.Floor(count) ? (int)count : null;
            fragment.AddScore(new Score(dataset, metric, value, n));
        }
    }
}
