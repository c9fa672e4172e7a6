using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Lightning;

public sealed class LightningMetricsTests
{
    private const string Version = "lightning_logs/version_0";

    private static IngestResult Read(string csv, string? hparams = "{}\n")
    {
        using var dir = new TempFolder();
        dir.Write(Version + "/metrics.csv", csv);
        if (hparams is not null)
        {
            dir.Write(Version + "/hparams.yaml", hparams);
        }

        return dir.Ingest();
    }

    private static MetricSeries Series(IngestResult result, string name) => result.Runs.Single().FindSeries(name)!;

    [Fact]
    public void Sparse_train_and_val_rows_sharing_a_step_fill_their_own_series_without_diagnostics()
    {
        IngestResult result = Read("epoch,step,train_loss,val_loss\r\n0,229,,0.0290\r\n0,229,0.0846,\r\n1,459,,0.0250\r\n1,459,0.0612,\r\n");
        Assert.Equal([229.0, 459.0], Series(result, "val_loss").Steps);
        Assert.Equal([0.0290, 0.0250], Series(result, "val_loss").Values);
        Assert.Equal([0.0846, 0.0612], Series(result, "train_loss").Values);
        Assert.Equal([0.0, 1.0], Series(result, "epoch").Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        IngestResult result = Read("train_loss_step,step,epoch,train_loss_epoch\n0.5,9,0,\n,19,0,0.45\n");
        Assert.Equal([9.0], Series(result, "train_loss_step").Steps);
        Assert.Equal([19.0], Series(result, "train_loss_epoch").Steps);
        Assert.Equal([0.45], Series(result, "train_loss_epoch").Values);
    }

    [Fact]
    public void A_header_line_in_the_middle_switches_to_the_new_columns()
    {
        IngestResult result = Read("epoch,step,train_loss\n0,1,0.9\n0,2,0.8\nepoch,lr,step,train_loss,val_acc\n0,0.1,3,0.7,\n1,0.1,4,,0.6\n");
        Assert.Equal([1.0, 2.0, 3.0], Series(result, "train_loss").Steps);
        Assert.Equal([0.9, 0.8, 0.7], Series(result, "train_loss").Values);
        Assert.Equal([4.0], Series(result, "val_acc").Steps);
        Assert.Equal([0.1, 0.1], Series(result, "lr").Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Python_float_spellings_are_read()
    {
        IngestResult result = Read("step,loss\n0,nan\n1,inf\n2,-inf\n3,1e-05\n4,-0.5\n");
        Assert.Equal([double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-5, -0.5], Series(result, "loss").Values);
    }

    [Fact]
    public void A_quoted_column_name_with_a_comma_is_one_column()
    {
        IngestResult result = Read("step,\"acc, top-1\",\"say \"\"hi\"\"\"\n1,0.5,0.25\n");
        Assert.Equal([0.5], Series(result, "acc, top-1").Values);
        Assert.Equal([0.25], Series(result, "say \"hi\"").Values);
    }

    [Fact]
    public void An_unterminated_last_row_is_dropped_with_LL002()
    {
        IngestResult result = Read("step,loss,acc\n1,0.9,0.1\n2,0.8,0.2\n3,0.7");
        Assert.Equal([1.0, 2.0], Series(result, "loss").Steps);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", Version + "/metrics.csv", 4L), (d.Code, d.Path, d.Line));
    }

    [Fact]
    public void A_bad_cell_is_LL001_at_its_line_and_the_rest_of_the_row_is_kept()
    {
        IngestResult result = Read("step,loss,acc\n1,0.9,0.1\n2,oops,0.2\n");
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 3L), (d.Code, d.Line));
        Assert.Contains("'oops' in column 'loss'", d.Message, StringComparison.Ordinal);
        Assert.Equal([0.1, 0.2], Series(result, "acc").Values);
    }

    [Fact]
    public void A_row_with_a_bad_step_is_skipped_with_LL001()
    {
        IngestResult result = Read("step,loss\n1,0.9\nx,0.8\n,0.75\n3,0.7\n");
        Assert.Equal([1.0, 3.0], Series(result, "loss").Steps);
        Assert.Equal([3L, 4L], result.Diagnostics.Select(d => d.Line!.Value));
    }

    [Fact]
    public void Extra_cells_are_LL001_and_ignored()
    {
        IngestResult result = Read("step,loss\n1,0.9,7\n");
        Assert.Equal([0.9], Series(result, "loss").Values);
        Assert.Equal("LL001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_restart_is_one_LL005_for_the_file_and_the_later_rows_win()
    {
        IngestResult result = Read("epoch,step,loss\n0,1,1.0\n0,2,0.9\n0,3,0.8\n0,2,0.85\n0,3,0.75\n0,4,0.7\n");
        Assert.Equal([1.0, 2.0, 3.0, 4.0], Series(result, "loss").Steps);
        Assert.Equal([1.0, 0.85, 0.75, 0.7], Series(result, "loss").Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", 5L), (d.Code, d.Line));
        Assert.Contains("step 2 repeats or goes back (1 row(s)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_line_is_LL001_and_the_following_rows_are_read()
    {
        IngestResult result = Read("step,loss\n1,0.9\n2," + new string('1', 70 * 1024 * 1024) + "\n3,0.7\n");
        Assert.Equal([1.0, 3.0], Series(result, "loss").Steps);
        Assert.Equal(("LL001", 3L), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Line));
    }

    [Fact]
    public void A_header_only_file_is_a_run_without_series_or_diagnostics()
    {
        IngestResult result = Read("step,loss\n");
        Assert.Empty(result.Runs.Single().Series);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_empty_metrics_file_is_LL002()
    {
        IngestResult result = Read("");
        Assert.Equal("LL002", Assert.Single(result.Diagnostics).Code);
    }
}
