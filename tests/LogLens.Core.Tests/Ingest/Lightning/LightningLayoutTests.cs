using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Lightning;

public sealed class LightningLayoutTests
{
    [Fact]
    public void A_version_folder_without_hparams_is_still_a_lightning_run()
    {
        using var dir = new TempFolder();
        dir.Write("logs/version_3/metrics.csv", "step,loss\n1,0.5\n");
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(("logs/version_3", "lightning"), (run.Id, run.Formats.Single()));
    }

    [Fact]
    public void Any_folder_with_a_step_column_and_a_sibling_hparams_yaml_is_lightning()
    {
        using var dir = new TempFolder();
        dir.Write("exp/metrics.csv", "epoch,step,loss\n0,1,0.5\n");
        dir.Write("exp/hparams.yaml", "lr: 0.1\n");
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(["lightning"], run.Formats.ToArray());
        Assert.Equal("0.1", run.Params["lr"]);
    }

    [Fact]
    public void A_generic_metrics_csv_outside_version_folders_stays_generic()
    {
        using var dir = new TempFolder();
        dir.Write("run/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("run/params.yaml", "lr: 0.1\n");
        dir.Write("other/metrics.csv", "iteration,loss\n1,0.5\n");
        dir.Write("other/hparams.yaml", "lr: 0.1\n");
        IngestResult result = dir.Ingest();
        Assert.All(result.Runs, r => Assert.Equal(["generic"], r.Formats.ToArray()));
    }

    [Fact]
    public void Generic_files_beside_a_lightning_run_join_it()
    {
        using var dir = new TempFolder();
        dir.Write("logs/version_0/metrics.csv", "step,loss\n1,0.5\n");
        dir.Write("logs/version_0/scores.csv", "dataset,metric,value\nheld,acc,0.7\n");
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(["generic", "lightning"], run.Formats.ToArray());
        Assert.Single(run.Scores);
    }

    [Fact]
    public void A_tensorboard_logger_version_folder_is_not_claimed()
    {
        using var dir = new TempFolder();
        dir.Write("logs/version_0/hparams.yaml", "lr: 0.1\n");
        dir.Write("logs/version_0/events.out.tfevents.1.host", "x");
        Assert.DoesNotContain(dir.Ingest().Runs, r => r.Formats.Contains("lightning"));
    }
}
