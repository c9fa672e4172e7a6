using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Mlflow;

public sealed class MlflowMetricFileTests
{
    private const string Run = "mlruns/1/r1";

    private static IngestResult Read(string key, string lines)
    {
        using var dir = new TempFolder();
        MlrunsWriter.Experiment(dir, "mlruns/1", "exp");
        MlrunsWriter.Run(dir, Run);
        MlrunsWriter.Metric(dir, Run, key, lines);
        return dir.Ingest();
    }

    private static MetricSeries Series(IngestResult result, string key) => result.Runs.Single().FindSeries(key)!;

    [Fact]
    public void Three_field_lines_give_step_and_value()
    {
        IngestResult result = Read("loss", "1700000000000 2.5 0\n1700000000100 1.25 10\n1700000000200 1e-05 20\n");
        Assert.Equal([0.0, 10.0, 20.0], Series(result, "loss").Steps);
        Assert.Equal([2.5, 1.25, 1e-5], Series(result, "loss").Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Legacy_two_field_lines_are_step_zero()
    {
        IngestResult result = Read("acc", "1700000000000 0.75\n");
        Assert.Equal([0.0], Series(result, "acc").Steps);
        Assert.Equal([0.75], Series(result, "acc").Values);
    }

    [Fact]
    public void Python_nan_and_inf_are_kept_as_non_finite_values()
    {
        IngestResult result = Read("loss", "1 nan 0\n2 inf 1\n3 -inf 2\n4 NaN 3\n");
        Assert.Equal([double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.NaN], Series(result, "loss").Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_nested_key_folder_is_the_key_with_a_slash()
    {
        IngestResult result = Read("train/loss", "1 0.5 1\n");
        Assert.Equal(["train/loss"], result.Runs.Single().Series.Select(s => s.Name));
    }

    [Fact]
    public void Out_of_order_lines_are_sorted_by_step_without_diagnostics()
    {
        IngestResult result = Read("loss", "3 0.3 3\n1 0.1 1\n2 0.2 2\n");
        Assert.Equal([1.0, 2.0, 3.0], Series(result, "loss").Steps);
        Assert.Equal([0.1, 0.2, 0.3], Series(result, "loss").Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_repeated_step_keeps_the_latest_timestamp_even_when_written_earlier_in_the_file()
    {
        IngestResult result = Read("loss", "200 0.9 5\n100 0.1 5\n300 0.4 6\n");
        Assert.Equal([5.0, 6.0], Series(result, "loss").Steps);
        Assert.Equal([0.9, 0.4], Series(result, "loss").Values);
    }

    [Fact]
    public void Equal_step_and_timestamp_are_broken_by_the_larger_value_as_mlflow_does()
    {
        IngestResult result = Read("loss", "100 0.7 5\n100 0.2 5\n");
        Assert.Equal([0.7], Series(result, "loss").Values);
    }

    [Fact]
    public void A_restart_that_relogs_steps_is_one_LL005_for_the_file_and_the_later_segment_wins()
    {
        IngestResult result = Read("loss", "1 1.0 1\n2 0.9 2\n3 0.8 3\n4 0.95 2\n5 0.85 3\n6 0.7 4\n");
        Assert.Equal([1.0, 0.95, 0.85, 0.7], Series(result, "loss").Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", Run + "/metrics/loss"), (d.Code, d.Path));
        Assert.Contains("2 step(s)", d.Message, StringComparison.Ordinal);
        Assert.Contains("first step 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_value_logged_twice_at_a_step_is_not_a_resume()
    {
        IngestResult result = Read("loss", "1 0.5 1\n2 0.5 1\n");
        Assert.Equal([0.5], Series(result, "loss").Values);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_unterminated_last_line_is_dropped_with_LL002_and_the_rest_kept()
    {
        IngestResult result = Read("loss", "1 0.5 1\n2 0.4 2\n3 0.3");
        Assert.Equal([0.5, 0.4], Series(result, "loss").Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", 3L), (d.Code, d.Line));
    }

    [Fact]
    public void A_bad_line_is_LL001_at_its_line_and_the_others_are_kept()
    {
        IngestResult result = Read("loss", "1 0.5 1\nnot a number\n3 abc 3\n4 0.25 4 extra\n5 0.2 5\n");
        Assert.Equal([1.0, 5.0], Series(result, "loss").Steps);
        Assert.Equal([2L, 3L, 4L], result.Diagnostics.Where(d => d.Code == "LL001").Select(d => d.Line!.Value));
    }

    [Fact]
    public void A_huge_line_is_LL001_and_skipped()
    {
        IngestResult result = Read("loss", "1 0.5 1\n" + new string('9', 100_000) + " 1 2\n3 0.3 3\n");
        Assert.Equal([1.0, 3.0], Series(result, "loss").Steps);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 2L), (d.Code, d.Line));
    }

    [Fact]
    public void An_empty_metric_file_is_LL002_and_adds_no_series()
    {
        IngestResult result = Read("loss", "");
        Assert.Empty(result.Runs.Single().Series);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", Run + "/metrics/loss"), (d.Code, d.Path));
    }

    [Fact]
    public void Windows_line_endings_and_a_large_step_are_read()
    {
        IngestResult result = Read("loss", "1 0.5 1\r\n2 0.25 9007199254740\r\n");
        Assert.Equal([1.0, 9007199254740.0], Series(result, "loss").Steps);
        Assert.Empty(result.Diagnostics);
    }
}
