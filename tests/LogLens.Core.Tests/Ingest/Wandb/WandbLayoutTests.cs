using static LogLens.Core.Tests.Ingest.Wandb.WandbFileWriter;

namespace LogLens.Core.Tests.Ingest.Wandb;

public sealed class WandbLayoutTests
{
    [Fact]
    public void The_latest_run_symlink_does_not_count_a_run_twice()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("wandb/run-20240101_000000-abc/run-abc.wandb", Write(History(0, ("loss", "1")), Exit()));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "wandb", "latest-run"), Path.Combine(dir.Path, "wandb", "run-20240101_000000-abc"));
        Assert.Equal(["wandb/run-20240101_000000-abc"], dir.Ingest().Runs.Select(r => r.Id));
    }

    [Fact]
    public void Files_logs_and_tmp_belong_to_the_run_and_are_not_read_as_other_runs()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("wandb/run-x/run-x.wandb", Write(History(0, ("loss", "1")), Exit()));
        dir.Write("wandb/run-x/files/wandb-metadata.json", "{}");
        dir.Write("wandb/run-x/files/media/metrics.csv", "step,loss\n1,2\n");
        dir.Write("wandb/run-x/logs/debug.log", "x");
        var result = dir.Ingest();
        Assert.Equal(["wandb/run-x"], result.Runs.Select(r => r.Id));
        Assert.Equal(["run-x.wandb"], result.Runs[0].Sources.Select(s => s.Path[(s.Path.LastIndexOf('/') + 1)..]));
    }

    [Fact]
    public void A_run_folder_without_a_record_log_is_found_through_its_files_folder()
    {
        using var dir = new TempFolder();
        dir.Write("wandb/run-y/files/wandb-metadata.json", "{}");
        dir.Write("wandb/run-y/files/wandb-summary.json", """{"acc": 0.5, "_step": 3}""");
        var run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal("wandb/run-y", run.Id);
        Assert.Equal([3.0], run.FindSeries("acc")!.Steps);
    }

    [Fact]
    public void A_downloaded_run_with_files_at_its_top_is_recognised_by_content()
    {
        using var dir = new TempFolder();
        dir.Write("exported/config.yaml", "_wandb:\n  value: {}\nlr:\n  value: 0.1\n");
        dir.Write("plain/config.yaml", "lr: 0.1\n");
        var run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal("exported", run.Id);
        Assert.Equal("0.1", run.Params["lr"]);
    }
}
