using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Wandb;

public sealed class WandbExportTests
{
    private const string Csv = """
        "Step","run a - lr=1e-4 - train/loss","run a - lr=1e-4 - train/loss__MIN","run a - lr=1e-4 - train/loss__MAX","b - train/loss","b - train/loss__MIN","b - train/loss__MAX"
        "0","1.5","1.4","1.6","2.0","2.0","2.0"
        "10","","","","1.8","1.7","1.9"
        "20","1.1","1.0","1.2","nan","",""

        """;

    [Fact]
    public void Each_run_in_a_panel_export_becomes_a_run_split_on_the_last_separator()
    {
        using var dir = new TempFolder();
        dir.Write("exports/loss.csv", Csv);
        var result = dir.Ingest();
        Assert.Equal(["exports#b", "exports#run a - lr=1e-4"], result.Runs.Select(r => r.Id));
        Assert.All(result.Runs, r => Assert.Equal(["wandb-export"], r.Formats.ToArray()));
    }

    [Fact]
    public void Blank_cells_are_skipped_and_min_max_columns_ignored()
    {
        using var dir = new TempFolder();
        dir.Write("exports/loss.csv", Csv);
        Run a = dir.Run("exports#run a - lr=1e-4");
        Assert.Equal(["train/loss"], a.Series.Select(s => s.Name));
        Assert.Equal([0, 20], a.FindSeries("train/loss")!.Steps);
        Assert.Equal([1.5, 1.1], a.FindSeries("train/loss")!.Values);
        Run b = dir.Run("exports#b");
        Assert.Equal([0, 10, 20], b.FindSeries("train/loss")!.Steps);
        Assert.True(double.IsNaN(b.FindSeries("train/loss")!.Values[2]));
    }

    [Fact]
    public void Two_panel_exports_naming_the_same_run_are_joined()
    {
        using var dir = new TempFolder();
        dir.Write("exports/loss.csv", Csv);
        dir.Write("exports/acc.csv", "Step,b - eval/acc,b - eval/acc__MIN,b - eval/acc__MAX\n5,0.5,0.5,0.5\n");
        Run b = dir.Run("exports#b");
        Assert.Equal(["eval/acc", "train/loss"], b.Series.Select(s => s.Name));
    }

    [Fact]
    public void A_bad_cell_is_reported_with_its_line_and_the_rest_kept()
    {
        using var dir = new TempFolder();
        dir.Write("exports/acc.csv", "Step,b - acc,b - acc__MIN,b - acc__MAX\n1,0.5,,\n2,oops,,\nx,0.7,,\n3,0.9,,\n");
        Run b = dir.Run("exports#b");
        Assert.Equal([0.5, 0.9], b.FindSeries("acc")!.Values);
        var lines = dir.Ingest().Diagnostics.Select(d => d.Line).ToArray();
        Assert.Equal([3L, 4L], lines);
    }

    [Fact]
    public void A_csv_without_bound_columns_is_left_to_the_generic_layout()
    {
        using var dir = new TempFolder();
        dir.Write("run/metrics.csv", "step,b - acc\n1,0.5\n");
        Run run = Assert.Single(dir.Ingest().Runs);
        Assert.Equal(["generic"], run.Formats.ToArray());
    }

    [Fact]
    public void Steps_going_back_in_an_export_are_reported_once_and_the_later_rows_win()
    {
        using var dir = new TempFolder();
        dir.Write("exports/acc.csv", "Step,b - acc,b - acc__MIN,b - acc__MAX\n1,0.5,,\n2,0.6,,\n1,0.7,,\n2,0.8,,\n");
        Assert.Equal([0.7, 0.8], dir.Run("exports#b").FindSeries("acc")!.Values);
        Assert.Equal("LL005", Assert.Single(dir.Ingest().Diagnostics).Code);
    }
}
