using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Wandb;

/// <summary>NikhilSwaroop-P/da6401_assignment_1: fourteen W&amp;B run folders written by wandb 0.25 (an 8-run sweep, a media run).</summary>
public sealed class WandbRecentRealLogTests
{
    private const string Runs = "NikhilSwaroop-P__da6401_assignment_1/notebooks/wandb/";

    private static IngestResult Ingest() => RunIngestor.Ingest([RealLogs.Require("wandb-recent")], LogLensConfig.Default);

    private static Run RunOf(IngestResult result, string folder) => result.Runs.Single(r => r.Id == Runs + folder);

    [SkippableFact]
    public void Every_run_folder_is_one_run_and_nothing_is_reported()
    {
        IngestResult result = Ingest();
        Assert.Equal(14, result.Runs.Length);
        Assert.Empty(result.Diagnostics);
    }

    [SkippableFact]
    public void The_image_and_table_of_the_media_run_are_skipped_and_its_numbers_kept()
    {
        Run run = RunOf(Ingest(), "run-20260220_194749-i1darie0");
        Assert.Equal(["n_features", "n_samples"], run.Series.Select(s => s.Name));
        Assert.Equal([1000.0], run.FindSeries("n_samples")!.Values);
    }

    [SkippableFact]
    public void Every_run_exited_with_code_0_and_is_finished()
    {
        Assert.All(Ingest().Runs, r => Assert.Equal("finished", r.Status));
    }

    [SkippableFact]
    public void A_sweep_run_has_its_config_its_history_and_its_sweep()
    {
        Run run = RunOf(Ingest(), "run-20260220_194936-2t9z6ygk");
        Assert.Equal("sweep-c5t498t8", run.Study);
        Assert.Equal("mse", run.Params["loss_type"]);
        Assert.Equal(50, run.FindSeries("val_loss")!.Count);
    }
}
