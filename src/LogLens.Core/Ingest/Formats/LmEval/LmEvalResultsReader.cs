using System.Text.Json;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.LmEval;

/// <summary>
/// An lm-eval results file (v0.3 keys "acc"/"acc_stderr"; v0.4+ "acc,none"/"acc_stderr,none", stderr "N/A").
/// Tasks become datasets. With a checkpoint step every task/metric adds a point to the series
/// "&lt;task&gt;/&lt;metric&gt;"; the run's last (or only) file, read by <see cref="Final"/>, also gives the scores,
/// parameters (config and model_args) and metric directions (higher_is_better).
/// </summary>
internal sealed class LmEvalResultsReader : IRunFileReader
{
    /// <summary>Reads the run's last checkpoint (or only file): series points, scores, params, directions.</summary>
    public static readonly LmEvalResultsReader Final = new(final: true);

    /// <summary>Reads an earlier checkpoint of a run: series points only.</summary>
    public static readonly LmEvalResultsReader Checkpoint = new(final: false);

    private static readonly HashSet<string> ConfigParams = new(StringComparer.Ordinal)
    {
        "model", "num_fewshot", "limit", "gen_kwargs", "random_seed", "numpy_seed", "torch_seed", "fewshot_seed",
    };

    private readonly bool final;

    private LmEvalResultsReader(bool final) => this.final = final;

    /// <inheritdoc/>
    public string Format => "lm-eval";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using JsonDocument? document = JsonFile.Load(path, fragment);
        if (document is null)
        {
            return;
        }

        JsonElement root = document.RootElement;
        if (!LmEvalHeader.IsResults(root))
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null,
                "not an lm-eval results file (no \"results\" object beside \"versions\"/\"config\"); skipped");
            return;
        }

        LmEvalHeader header = LmEvalHeader.Of(root, Path.GetFileName(path));
        var tasks = LmEvalGroups.RollUp(root.GetProperty("results").EnumerateObject().Where(t => t.Value.ValueKind == JsonValueKind.Object)
            .Select(t => (t.Name, LmEvalMetric.Parse(t.Value).ToList())));
        foreach ((string name, List<LmEvalMetric> metrics) in tasks)
        {
            var task = (Name: name, Metrics: metrics);
            foreach (LmEvalMetric metric in task.Metrics)
            {
                if (header.Step is long step)
                {
                    fragment.Series(task.Name + "/" + metric.Name).Add(step, metric.Value);
                    if (metric.Stderr is double stderr)
                    {
                        // The harness's own standard error of this checkpoint's score: the measurement noise LL304 uses.
                        fragment.Series(task.Name + "/" + metric.Name + "_stderr").Add(step, stderr);
                    }
                }

                if (final)
                {
                    fragment.AddScore(new Score(task.Name, metric.Name, metric.Value, SampleCount(root, task.Name), metric.Stderr));
                }
            }
        }

        if (final)
        {
            SetParams(root, header, fragment);
            SetDirections(root, header, fragment);
        }
    }

    private static void SetParams(JsonElement root, LmEvalHeader header, RunFragment fragment)
    {
        if (root.TryGetProperty("config", out JsonElement config) && config.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in config.EnumerateObject().Where(p => ConfigParams.Contains(p.Name) && p.Value.ValueKind != JsonValueKind.Null))
            {
                fragment.SetParam(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
            }
        }

        foreach ((string key,
            string value) in header.ModelArgs.Where(a => !(a.Key == "revision" && header.Step is not null) && !LmEvalHeader.RuntimeArgs.Contains(a.Key)))
        {
            fragment.SetParam("model_args." + key, value);
        }
    }

    private static void SetDirections(JsonElement root, LmEvalHeader header, RunFragment fragment)
    {
        if (!root.TryGetProperty("higher_is_better", out JsonElement all) || all.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty task in all.EnumerateObject().Where(t => t.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (JsonProperty metric in task.Value.EnumerateObject().Where(m => m.Value.ValueKind is JsonValueKind.True or JsonValueKind.False))
            {
                bool higher = metric.Value.GetBoolean();
                fragment.SetDirection(metric.Name, higher);
                if (header.Step is not null)
                {
                    fragment.SetDirection(task.Name + "/" + metric.Name, higher);
                }
            }
        }
    }

    /// <summary>n-samples.&lt;task&gt;.effective (v0.4.3+), when present.</summary>
    private static int? SampleCount(JsonElement root, string task) =>
        root.TryGetProperty("n-samples", out JsonElement all) && all.ValueKind == JsonValueKind.Object
        && all.TryGetProperty(task, out JsonElement counts) && counts.ValueKind == JsonValueKind.Object
        && counts.TryGetProperty("effective", out JsonElement n) && n.TryGetInt32(out int count) ? count : null;
}
