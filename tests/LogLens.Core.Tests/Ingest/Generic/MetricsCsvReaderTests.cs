namespace LogLens.Core.Tests.Ingest.Generic;

public sealed class MetricsCsvReaderTests
{
    [Fact]
    public void Wide_csv_columns_become_series_with_exact_values()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,epoch,train/loss,eval/accuracy\n10,0.5,1.25,0.61\n20,1,1.0,0.64\n");
        var run = dir.Run();
        Assert.Equal(["epoch", "eval/accuracy", "train/loss"], run.Series.Select(s => s.Name));
        Assert.Equal([10.0, 20.0], run.FindSeries("train/loss")!.Steps);
        Assert.Equal([1.25, 1.0], run.FindSeries("train/loss")!.Values);
        Assert.Equal([0.61, 0.64], run.FindSeries("eval/accuracy")!.Values);
    }

    [Fact]
    public void Sparse_cells_are_skipped_without_diagnostics()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss,eval_acc\n1,0.9,\n2,0.8\n3,,0.7\n");
        var result = dir.Ingest();
        var run = result.Runs.Single();
        Assert.Equal([1.0, 2.0], run.FindSeries("loss")!.Steps);
        Assert.Equal([3.0], run.FindSeries("eval_acc")!.Steps);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Python_nan_and_inf_spellings_are_kept_as_non_finite_values()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss\n1,nan\n2,inf\n3,-inf\n4,NaN\n5,Infinity\n6,-INFINITY\n7,1e-05\n");
        var result = dir.Ingest();
        Assert.Equal(
            [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-5],
            result.Runs.Single().FindSeries("loss")!.Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_bad_cell_is_LL001_at_its_line_and_the_rest_of_the_row_is_kept()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss,acc\n1,0.9,0.1\n2,oops,0.2\n3,0.7,0.3\n");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", "metrics.csv", 3L), (d.Code, d.Path, d.Line));
        Assert.Equal([1.0, 3.0], result.Runs.Single().FindSeries("loss")!.Steps);
        Assert.Equal([0.1, 0.2, 0.3], result.Runs.Single().FindSeries("acc")!.Values);
    }

    [Fact]
    public void Resumed_steps_are_LL005_and_the_later_segment_wins()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss\n1,1.0\n2,0.9\n3,0.8\n4,0.7\n2,0.85\n3,0.75\n");
        var result = dir.Ingest();
        var loss = result.Runs.Single().FindSeries("loss")!;
        Assert.Equal([1.0, 2.0, 3.0], loss.Steps);
        Assert.Equal([1.0, 0.85, 0.75], loss.Values);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", 6L), (d.Code, d.Line));
    }

    [Fact]
    public void Train_and_eval_rows_sharing_a_step_are_not_a_resume()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "epoch,step,train_loss,val_loss\n0,10,0.9,\n0,10,,0.95\n1,20,0.8,\n1,20,,0.9\n");
        var result = dir.Ingest();
        Assert.Empty(result.Diagnostics);
        Assert.Equal([0.95, 0.9], result.Runs.Single().FindSeries("val_loss")!.Values);
    }

    [Fact]
    public void Bom_and_crlf_are_handled()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("metrics.csv", [0xEF, 0xBB, 0xBF, .. "step,loss\r\n1,0.5\r\n2,0.25\r\n"u8]);
        var result = dir.Ingest();
        Assert.Empty(result.Diagnostics);
        Assert.Equal([0.5, 0.25], result.Runs.Single().FindSeries("loss")!.Values);
    }

    [Fact]
    public void A_short_last_row_without_final_newline_is_dropped_as_LL002()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss,acc\n1,0.9,0.1\n2,0.8");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", 3L), (d.Code, d.Line));
        Assert.Equal([1.0], result.Runs.Single().FindSeries("loss")!.Steps);
    }

    [Fact]
    public void Without_a_step_column_the_row_index_is_the_step()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "loss\n0.9\n0.8\n");
        Assert.Equal([0.0, 1.0], dir.Run().FindSeries("loss")!.Steps);
    }

    [Fact]
    public void A_row_with_a_bad_step_is_skipped_with_LL001()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss\n1,0.9\nx,0.8\n,0.7\n4,0.6\n");
        var result = dir.Ingest();
        Assert.Equal([3L, 4L], result.Diagnostics.Select(d => d.Line!.Value));
        Assert.Equal([1.0, 4.0], result.Runs.Single().FindSeries("loss")!.Steps);
    }

    [Fact]
    public void Diagnostics_per_file_are_capped_with_a_summary()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.csv", "step,loss\n" + string.Concat(Enumerable.Range(1, 50).Select(i => $"{i},bad\n")));
        var diagnostics = dir.Ingest().Diagnostics;
        Assert.Equal(21, diagnostics.Length);
        Assert.Contains(diagnostics, d => d.Line is null && d.Message.StartsWith("30 more", StringComparison.Ordinal));
    }
}
