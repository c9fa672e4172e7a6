using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Wandb;

/// <summary>laminair/mess-plus: five W&amp;B run folders written by wandb 0.18 (wandb-core) from the HF Trainer.</summary>
public sealed class WandbRealLogTests
{
    private static IngestResult Ingest() => RunIngestor.Ingest([RealLogs.Require("wandb", "laminair__mess-plus")], LogLensConfig.Default);

    private static Run RunOf(IngestResult result, string id) => result.Runs.Single(r => r.Id == "wandb/" + id);

    [SkippableFact]
    public void Every_run_folder_is_one_run()
    {
        Assert.Equal(
            ["wandb/run-20241117_021831-riwmxrq2", "wandb/run-20241121_080916-nvuqlef7", "wandb/run-20241121_190017-dn3y309n", "wandb/run-20241121_191115-crr4wp0t", "wandb/run-20241121_191507-24wfa2hn"],
            Ingest().Runs.Select(r => r.Id));
    }

    [SkippableFact]
    public void The_long_run_has_its_full_history_from_the_record_log()
    {
        Run run = RunOf(Ingest(), "run-20241121_191507-24wfa2hn");
        MetricSeries loss = run.FindSeries("train/loss")!;
        Assert.Equal(1000, loss.Count);
        Assert.Equal((0, 0.7219), (loss.Steps[0], loss.Values[0]));
        Assert.Equal((1000, 0.4325), (loss.Steps[^1], loss.Values[^1]));
        Assert.Equal([500.0], run.FindSeries("eval/loss")!.Steps);
        Assert.Equal([0.4195586144924164], run.FindSeries("eval/loss")!.Values);
        Assert.Equal("1", run.Params["logging_steps"]);
    }

    [SkippableFact]
    public void An_offline_style_run_takes_config_and_summary_from_the_record_log()
    {
        Run run = RunOf(Ingest(), "run-20241121_080916-nvuqlef7");
        Assert.Equal([0, 2, 4], run.FindSeries("train/loss")!.Steps);
        Assert.Equal([0.4517, 0.4084, 0.3672], run.FindSeries("train/loss")!.Values);
        Assert.Equal([0.4380139708518982, 0.4328193962574005, 0.43707484006881714], run.FindSeries("eval/loss")!.Values);
        Assert.Equal([0.4037107306164775], run.FindSeries("train_loss")!.Values);
        Assert.Equal([6.0], run.FindSeries("train_loss")!.Steps);
        Assert.Equal("3", run.Params["num_train_epochs"]);
        Assert.Equal("5e-05", run.Params["learning_rate"]);
        Assert.DoesNotContain(run.Params.Keys, k => k.StartsWith("_wandb", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_run_whose_history_was_cut_before_any_row_keeps_its_summary_values()
    {
        IngestResult result = Ingest();
        Run run = RunOf(result, "run-20241117_021831-riwmxrq2");
        Assert.Equal(17, run.Series.Length);
        Assert.Equal([0.2624], run.FindSeries("train/loss")!.Values);
        Assert.Equal([0.634856148723695], run.FindSeries("eval/roc_auc")!.Values);
        Assert.Equal([2.0], run.FindSeries("eval/loss")!.Steps);
        Assert.Equal("5", run.Params["num_train_epochs"]);
        Assert.Equal("distilbert-base-uncased", run.Params["_name_or_path"]);
        Assert.Contains(result.Diagnostics, d => d.Code == "LL002" && d.Path.EndsWith("riwmxrq2/files/wandb-summary.json", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Cut_record_logs_and_empty_ones_are_reported_as_in_progress()
    {
        IngestResult result = Ingest();
        Assert.All(result.Diagnostics, d => Assert.Equal("LL002", d.Code));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Message.StartsWith("file ends inside the record", StringComparison.Ordinal)));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Message.Contains("empty", StringComparison.Ordinal)));
        Assert.Empty(RunOf(result, "run-20241121_191115-crr4wp0t").Series);
    }
}
