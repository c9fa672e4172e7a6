namespace LogLens.Core.Tests.Ingest.Generic;

public sealed class MetricsJsonlReaderTests
{
    [Fact]
    public void Jsonl_rows_become_series_with_nested_objects_flattened_by_slash()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", """
            {"step": 10, "train/loss": 1.21, "eval": {"accuracy": 0.61, "f1": {"macro": 0.5}}}
            {"step": 20, "train/loss": 1.1, "lr": 1e-05, "tags": [1, 2], "done": false, "note": null}

            """);
        var result = dir.Ingest();
        var run = result.Runs.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["eval/accuracy", "eval/f1/macro", "lr", "train/loss"], run.Series.Select(s => s.Name));
        Assert.Equal([10.0, 20.0], run.FindSeries("train/loss")!.Steps);
        Assert.Equal([1.21, 1.1], run.FindSeries("train/loss")!.Values);
        Assert.Equal([0.5], run.FindSeries("eval/f1/macro")!.Values);
        Assert.Equal([1e-5], run.FindSeries("lr")!.Values);
    }

    [Fact]
    public void Rows_without_step_use_their_row_index()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"loss\": 3}\n{\"loss\": 2}\n{\"loss\": 1}\n");
        Assert.Equal([0.0, 1.0, 2.0], dir.Run().FindSeries("loss")!.Steps);
    }

    [Fact]
    public void Bare_nan_and_infinity_are_kept_as_non_finite_values()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": NaN, \"grad_norm\": Infinity}\n{\"step\": 2, \"loss\": -Infinity, \"grad_norm\": \"nan\"}\n");
        var result = dir.Ingest();
        var run = result.Runs.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Equal([double.NaN, double.NegativeInfinity], run.FindSeries("loss")!.Values);
        Assert.Equal([double.PositiveInfinity, double.NaN], run.FindSeries("grad_norm")!.Values);
    }

    [Fact]
    public void A_truncated_last_line_is_LL002_at_its_line_and_earlier_rows_are_kept()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": 0.9}\n{\"step\": 2, \"loss\": 0.8}\n{\"step\": 3, \"lo");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "metrics.jsonl", 3L), (d.Code, d.Path, d.Line));
        Assert.Equal([0.9, 0.8], result.Runs.Single().FindSeries("loss")!.Values);
    }

    [Fact]
    public void A_complete_last_line_without_newline_is_kept()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": 0.9}\n{\"step\": 2, \"loss\": 0.8}");
        var result = dir.Ingest();
        Assert.Empty(result.Diagnostics);
        Assert.Equal([0.9, 0.8], result.Runs.Single().FindSeries("loss")!.Values);
    }

    [Fact]
    public void A_bad_middle_line_is_LL001_and_the_lines_after_it_are_read()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": 0.9}\n{\"step\": 2, \"loss\": \n{\"step\": 3, \"loss\": 0.7}\n");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 2L), (d.Code, d.Line));
        Assert.Equal([1.0, 3.0], result.Runs.Single().FindSeries("loss")!.Steps);
    }

    [Fact]
    public void A_string_where_a_number_belongs_is_LL001_and_the_rest_of_the_row_is_kept()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": \"high\", \"acc\": 0.5}\n");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 1L), (d.Code, d.Line));
        Assert.Equal([0.5], result.Runs.Single().FindSeries("acc")!.Values);
        Assert.Null(result.Runs.Single().FindSeries("loss"));
    }

    [Fact]
    public void Resumed_steps_are_LL005_and_the_later_segment_wins()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"loss\": 1}\n{\"step\": 2, \"loss\": 0.9}\n{\"step\": 3, \"loss\": 0.8}\n{\"step\": 2, \"loss\": 0.95}\n");
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", 4L), (d.Code, d.Line));
        Assert.Equal([1.0, 0.95], result.Runs.Single().FindSeries("loss")!.Values);
    }

    [Fact]
    public void Bom_and_crlf_are_handled()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("metrics.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"step\": 1, \"loss\": 0.5}\r\n{\"step\": 2, \"loss\": 0.25}\r\n"u8]);
        var result = dir.Ingest();
        Assert.Empty(result.Diagnostics);
        Assert.Equal([0.5, 0.25], result.Runs.Single().FindSeries("loss")!.Values);
    }

    [Fact]
    public void Invalid_utf8_on_a_line_is_LL001_for_that_line_only()
    {
        using var dir = new TempFolder();
        dir.WriteBytes("metrics.jsonl", [.. "{\"step\": 1, \"loss\": 0.5}\n{\"st"u8, 0xFF, 0xFE, .. "\": 2}\n{\"step\": 3, \"loss\": 0.25}\n"u8]);
        var result = dir.Ingest();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL001", 2L), (d.Code, d.Line));
        Assert.Equal([1.0, 3.0], result.Runs.Single().FindSeries("loss")!.Steps);
    }

    [Fact]
    public void Escaped_metric_names_are_unescaped()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"eval\\/acc\\u00e9\": 0.5}\n");
        Assert.Equal("eval/accé", dir.Run().Series.Single().Name);
    }

    [Fact]
    public void Lines_whose_keys_change_shape_are_read_by_their_own_shape()
    {
        using var dir = new TempFolder();
        dir.Write("metrics.jsonl", "{\"step\": 1, \"eval\": {\"acc\": 0.5}}\n{\"step\": 2, \"eval\": 0.7}\n{\"step\": 3, \"eval\": {\"acc\": 0.6}}\n{\"eval\": {\"acc\": 0.8}, \"step\": 4}\n");
        var run = dir.Run();
        Assert.Equal([1.0, 3.0, 4.0], run.FindSeries("eval/acc")!.Steps);
        Assert.Equal([0.5, 0.6, 0.8], run.FindSeries("eval/acc")!.Values);
        Assert.Equal([2.0], run.FindSeries("eval")!.Steps);
    }
}
