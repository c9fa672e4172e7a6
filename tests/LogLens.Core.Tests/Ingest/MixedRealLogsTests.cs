using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Ingest.Formats;

namespace LogLens.Core.Tests.Ingest;

/// <summary>All of ../shared/real-logs at once: every format side by side in one analysed folder.</summary>
public sealed class MixedRealLogsTests
{
    [SkippableFact]
    public void Every_format_in_one_folder_is_read_into_the_right_number_of_runs()
    {
        IngestResult result = RunIngestor.Ingest([RealLogs.Require()], LogLensConfig.Default);
        var perFormat = result.Runs
            .GroupBy(r => r.Id.Split('/')[0])
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["hf-trainer"] = 5, ["lightning"] = 16, ["llamafactory"] = 1, ["lm-eval"] = 9,
                ["mlflow"] = 7, ["mlflow-sqlite"] = 69, ["tensorboard"] = 2, ["wandb"] = 5, ["wandb-recent"] = 14,
            },
            perFormat);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IngestCodes.UnreadableFile && !d.Path.StartsWith("mlflow-sqlite/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Each_folder_is_read_by_its_own_format_and_llama_factory_joins_its_hf_files()
    {
        IngestResult result = RunIngestor.Ingest([RealLogs.Require()], LogLensConfig.Default);
        string[] expected = ["hf-trainer", "lightning", "llama-factory", "lm-eval", "mlflow", "mlflow-sqlite", "tensorboard", "wandb", "yolo"];
        string[] seen = [.. result.Runs.SelectMany(r => r.Formats).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(expected, seen);
        Assert.All(result.Runs.Where(r => r.Id.StartsWith("llamafactory/", StringComparison.Ordinal)),
            r => Assert.Equal(["hf-trainer", "llama-factory"], r.Formats.ToArray()));
        Assert.All(result.Runs, r => Assert.NotEmpty(r.Sources));
    }
}
