using LogLens.Core.Ingest;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Ingest.Tables.TableFixtures;

namespace LogLens.Core.Tests.Ingest.Tables;

/// <summary>fixtures/formats/runs-tables/wandb-runs-table.csv: "Export CSV" of a W&amp;B runs table, four sweep runs and one other.</summary>
public sealed class WandbRunsTableTests
{
    private const string Table = "wandb-runs-table.csv";

    [Fact]
    public void Each_row_is_a_run_and_the_crashed_run_without_summary_values_is_skipped()
    {
        using var dir = new TempFolder();
        IngestResult result = Read(dir, Table);
        Assert.Equal(
            ["wandb-runs-table.csv#unet-baseline", "wandb-runs-table.csv#unet-lr1e-3-bs16", "wandb-runs-table.csv#unet-lr3e-3-bs16", "wandb-runs-table.csv#unet-lr3e-4-bs16"],
            result.Runs.Select(r => r.Id));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("unet-lr1e-2-bs16 (crashed, line 5)", StringComparison.Ordinal));
    }

    [Fact]
    public void Config_columns_are_params_and_summary_columns_final_values_where_the_sort_order_drops()
    {
        using var dir = new TempFolder();
        Run run = RunOf(Read(dir, Table), "wandb-runs-table.csv#unet-lr3e-4-bs16");
        Assert.Equal(["batch_size", "epochs", "lr", "model_type", "optimizer", "output_dir"], run.Params.Keys);
        Assert.Equal(["best_epoch", "epoch", "train/loss", "val/accuracy", "val/loss"], run.Series.Select(s => s.Name));
        Assert.Equal([0.9112], run.FindSeries("val/accuracy")!.Values);
        Assert.Equal(["wandb-export"], run.Formats.ToArray());
    }

    [Fact]
    public void The_sweep_is_the_study_and_the_state_the_status()
    {
        using var dir = new TempFolder();
        IngestResult result = Read(dir, Table);
        Run failed = RunOf(result, "wandb-runs-table.csv#unet-lr3e-3-bs16");
        Assert.Equal("sweep-k3v9x2qa", failed.Study);
        Assert.Equal("failed", failed.Status);
        Assert.True(double.IsNaN(failed.FindSeries("train/loss")!.Values[0]));
        Assert.Equal("wandb-runs-table", RunOf(result, "wandb-runs-table.csv#unet-baseline").Study);
    }

    [Fact]
    public void A_note_spanning_two_lines_does_not_split_its_row()
    {
        using var dir = new TempFolder();
        IngestResult result = Read(dir, Table);
        Assert.Equal("running", RunOf(result, "wandb-runs-table.csv#unet-baseline").Status);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "LL001");
    }

    [Fact]
    public void Without_a_drop_in_the_order_the_summary_starts_at_the_first_numeric_column_named_like_a_metric()
    {
        using var dir = new TempFolder();
        dir.Write("export.csv", """
            "Name","State","Notes","User","Tags","Created","Runtime","Sweep","batch_size","lr","val_accuracy","val_loss"
            "a","finished","-","ana","","2025-11-13T09:48:11.000Z","100","","16","0.001","0.91","0.25"
            "b","finished","-","ana","","2025-11-13T09:49:11.000Z","100","","16","0.01","0.88","0.31"

            """);
        Run run = dir.Run("export.csv#a");
        Assert.Equal(["batch_size", "lr"], run.Params.Keys);
        Assert.Equal(["val_accuracy", "val_loss"], run.Series.Select(s => s.Name));
    }

    [Fact]
    public void The_summary_step_column_gives_the_step_of_the_final_values()
    {
        using var dir = new TempFolder();
        dir.Write("export.csv", """
            "Name","State","Notes","User","Tags","Created","Runtime","Sweep","lr","_runtime","_step","val_loss"
            "a","finished","-","ana","","2025-11-13T09:48:11.000Z","100","","0.001","99.5","420","0.25"

            """);
        Run run = dir.Run("export.csv#a");
        Assert.Equal([420.0], run.FindSeries("val_loss")!.Steps);
        Assert.Equal(["val_loss"], run.Series.Select(s => s.Name));
    }
}
