using LogLens.Core.Ingest.Formats.Wandb.Proto;
using Record = LogLens.Core.Ingest.Formats.Wandb.Proto.Record;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Ingest.Wandb.WandbFileWriter;

namespace LogLens.Core.Tests.Ingest.Wandb;

public sealed class WandbRecordReaderTests
{
    private const string RunDir = "wandb/offline-run-20240101_000000-abc";
    private const string File = RunDir + "/run-abc.wandb";

    private static Run Read(TempFolder dir, byte[] bytes)
    {
        dir.WriteBytes(File, bytes);
        return dir.Run(RunDir);
    }

    [Fact]
    public void History_rows_become_series_at_their_step_with_internal_keys_skipped()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(
            History(0, ("train/loss", "0.9"), ("_runtime", "1.5")),
            History(1, ("train/loss", "0.7"), ("eval/acc", "0.5")),
            Exit()));
        Assert.Equal(["eval/acc", "train/loss"], run.Series.Select(s => s.Name));
        Assert.Equal([0, 1], run.FindSeries("train/loss")!.Steps);
        Assert.Equal([0.9, 0.7], run.FindSeries("train/loss")!.Values);
        Assert.Equal(["wandb"], run.Formats.ToArray());
    }

    [Fact]
    public void Items_named_by_key_are_read_like_items_named_by_nested_key()
    {
        using var dir = new TempFolder();
        var row = new HistoryRecord { Step = new HistoryStep { Num = 4 } };
        row.Item.Add(new HistoryItem { Key = "loss", ValueJson = "0.25" });
        row.Item.Add(new HistoryItem { NestedKey = { "eval", "acc" }, ValueJson = "0.75" });
        Run run = Read(dir, Write(new Record { History = row }, Exit()));
        Assert.Equal([4], run.FindSeries("loss")!.Steps);
        Assert.Equal([0.75], run.FindSeries("eval.acc")!.Values);
    }

    [Fact]
    public void NaN_and_infinity_values_are_kept_and_media_and_text_values_skipped()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(
            History(0, ("loss", "NaN"), ("grad_norm", "Infinity"), ("img", """{"_type": "image-file", "path": "a.png"}"""), ("note", "\"hi\"")),
            History(1, ("loss", "-Infinity"), ("eval", """{"acc": 0.5, "f1": NaN}""")),
            Exit()));
        Assert.True(double.IsNaN(run.FindSeries("loss")!.Values[0]));
        Assert.Equal(double.NegativeInfinity, run.FindSeries("loss")!.Values[1]);
        Assert.Equal([double.PositiveInfinity], run.FindSeries("grad_norm")!.Values);
        Assert.Equal(["eval.acc", "eval.f1", "grad_norm", "loss"], run.Series.Select(s => s.Name));
    }

    [Fact]
    public void A_record_larger_than_a_block_is_joined_from_first_middle_and_last_chunks()
    {
        using var dir = new TempFolder();
        string big = "\"" + new string('x', 80_000) + "\"";
        byte[] bytes = Write(History(0, ("loss", "1.0")), History(1, ("loss", "0.5"), ("text", big)), History(2, ("loss", "0.25")), Exit());
        Assert.True(bytes.Length > 2 * BlockSize);
        Run run = Read(dir, bytes);
        Assert.Equal([1.0, 0.5, 0.25], run.FindSeries("loss")!.Values);
        Assert.Empty(dir.Ingest().Diagnostics);
    }

    [Fact]
    public void Rows_filling_many_blocks_with_short_trailers_are_all_read()
    {
        using var dir = new TempFolder();
        Record[] rows = [.. Enumerable.Range(0, 3000).Select(i => History(i, ("loss", (1.0 / (i + 1)).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))), Exit()];
        Run run = Read(dir, Write(rows));
        Assert.Equal(3000, run.FindSeries("loss")!.Count);
        Assert.Equal(1.0 / 3000, run.FindSeries("loss")!.Values[^1]);
    }

    [Fact]
    public void Config_records_become_parameters_flattened_without_wandb_telemetry()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(
            Config(("lr", "1e-05"), ("opt", """{"betas": [0.9, 0.99], "name": "adam"}"""), ("_wandb", """{"cli_version": "0.18.0"}""")),
            History(0, ("loss", "1")),
            Exit()));
        Assert.Equal(["lr", "opt.betas", "opt.name"], run.Params.Keys);
        Assert.Equal("1e-05", run.Params["lr"]);
        Assert.Equal("[0.9,0.99]", run.Params["opt.betas"]);
        Assert.Equal("adam", run.Params["opt.name"]);
    }

    [Fact]
    public void An_offline_run_takes_its_summary_from_the_record_log()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(
            History(0, ("loss", "0.5")),
            Summary(("loss", "0.5"), ("best_acc", "0.9"), ("_step", "0")),
            Exit()));
        Assert.Equal([0.9], run.FindSeries("best_acc")!.Values);
        Assert.Contains(dir.Ingest().Diagnostics, d => d.Code == "LL002" && d.Message.Contains("best_acc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_that_disagrees_with_the_history_is_reported_and_the_history_kept()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(History(0, ("loss", "0.5")), History(1, ("loss", "0.4")), Summary(("loss", "0.3")), Exit()));
        Assert.Equal([0.5, 0.4], run.FindSeries("loss")!.Values);
        var d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL002", d.Code);
        Assert.Contains("'loss' is 0.3", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_equal_to_the_history_within_float_tolerance_is_not_reported()
    {
        using var dir = new TempFolder();
        Read(dir, Write(History(0, ("loss", "0.1")), Summary(("loss", "0.10000000149011612")), Exit()));
        Assert.Empty(dir.Ingest().Diagnostics);
    }

    [Fact]
    public void Steps_going_back_are_reported_once_and_the_later_segment_wins()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(
            History(0, ("loss", "1")), History(1, ("loss", "0.9")), History(2, ("loss", "0.8")),
            History(1, ("loss", "0.7")), History(2, ("loss", "0.6")), Exit()));
        Assert.Equal([1, 0.7, 0.6], run.FindSeries("loss")!.Values);
        Assert.Single(dir.Ingest().Diagnostics, d => d.Code == "LL005");
    }

    [Fact]
    public void A_run_without_an_exit_record_is_reported_as_in_progress()
    {
        using var dir = new TempFolder();
        Read(dir, Write(History(0, ("loss", "1"))));
        var d = Assert.Single(dir.Ingest().Diagnostics);
        Assert.Equal("LL002", d.Code);
        Assert.Contains("no exit record", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Media_objects_that_wandb_core_flattened_into_items_are_skipped_without_a_diagnostic()
    {
        using var dir = new TempFolder();
        var row = new HistoryRecord { Step = new HistoryStep { Num = 0 } };
        row.Item.Add(new HistoryItem { NestedKey = { "_step" }, ValueJson = "0" });
        row.Item.Add(new HistoryItem { NestedKey = { "n_samples" }, ValueJson = "1000" });
        foreach ((string field, string json) in new[] { ("height", "1000"), ("width", "1500"), ("size", "300011"), ("_type", "\"image-file\""), ("format", "\"png\"") })
        {
            row.Item.Add(new HistoryItem { NestedKey = { "data_visualization", field }, ValueJson = json });
        }

        var summary = new SummaryRecord();
        summary.Update.Add(new SummaryItem { NestedKey = { "sample_data", "nrows" }, ValueJson = "20" });
        summary.Update.Add(new SummaryItem { NestedKey = { "sample_data", "_type" }, ValueJson = "\"table-file\"" });
        summary.Update.Add(new SummaryItem { NestedKey = { "n_features" }, ValueJson = "10" });
        Run run = Read(dir, Write(new Record { History = row }, new Record { Summary = summary }, Exit()));
        Assert.Equal(["n_features", "n_samples"], run.Series.Select(s => s.Name));
        Assert.DoesNotContain(dir.Ingest().Diagnostics, d => d.Message.Contains("sample_data", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_that_exited_with_code_0_is_finished()
    {
        using var dir = new TempFolder();
        Assert.Equal("finished", Read(dir, Write(History(0, ("loss", "1")), Exit(0))).Status);
    }

    [Fact]
    public void A_run_that_exited_with_a_nonzero_code_is_failed_and_its_history_still_read()
    {
        using var dir = new TempFolder();
        Run run = Read(dir, Write(History(0, ("loss", "1")), History(1, ("loss", "0.8")), Exit(1)));
        Assert.Equal("failed", run.Status);
        Assert.Equal([1, 0.8], run.FindSeries("loss")!.Values);
    }

    [Fact]
    public void A_run_without_an_exit_record_has_no_status()
    {
        using var dir = new TempFolder();
        Assert.Null(Read(dir, Write(History(0, ("loss", "1")))).Status);
    }
}
