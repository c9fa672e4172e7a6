using System.Globalization;
using System.Text;

namespace LogLens.Core.Tests.Ingest.HfTrainer;

/// <summary>Writes trainer_state.json text the way the Trainer does (keys sorted, indent 2).</summary>
internal static class TrainerStateText
{
    /// <summary>A state whose log history holds the given raw entries (JSON objects without braces).</summary>
    public static string With(IEnumerable<string> entries, int loggingSteps = 10, int batchSize = 8, string? best = null, string extra = "")
    {
        var builder = new StringBuilder("{\n");
        builder.Append(CultureInfo.InvariantCulture, $"  \"best_model_checkpoint\": {(best is null ? "null" : "\"" + best + "\"")},\n");
        builder.Append("  \"epoch\": 1.0,\n  \"global_step\": 100,\n  \"log_history\": [");
        builder.Append(string.Join(",", entries.Select(e => "\n    {\n      " + e + "\n    }")));
        builder.Append("\n  ],\n");
        builder.Append(CultureInfo.InvariantCulture, $"  \"logging_steps\": {loggingSteps},\n  \"max_steps\": 100,\n{extra}");
        builder.Append(CultureInfo.InvariantCulture, $"  \"train_batch_size\": {batchSize},\n  \"trial_params\": null\n}}\n");
        return builder.ToString();
    }

    /// <summary>Train log entries at steps first, first+every, ... with loss = start - 0.01 × index.</summary>
    public static IEnumerable<string> Losses(int count, int every = 10, double start = 2.0) =>
        Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"\"epoch\": {(i + 1) * every / 100.0},\n      \"learning_rate\": 5e-05,\n      \"loss\": {start - (0.01 * i)},\n      \"step\": {(i + 1) * every}"));
}
