using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LlamaFactory;

public sealed class TrainerLogReaderTests
{
    private const string Progress = "\"percentage\": 1.0, \"elapsed_time\": \"0:00:10\", \"remaining_time\": \"0:10:00\"";

    // LogCallback writes current_steps and total_steps first.
    private static string Line(int step, string fields) => $"{{\"current_steps\": {step}, \"total_steps\": 100, {fields}, {Progress}}}\n";

    [Fact]
    public void New_lines_give_series_under_the_logged_names_and_skip_progress_fields()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", Line(10, "\"loss\": 2.5, \"lr\": 1e-05, \"epoch\": 0.1, \"throughput\": 900.5") + Line(20, "\"eval_loss\": 2.0, \"epoch\": 0.2") + Line(20, "\"epoch\": 0.2"));
        IngestResult result = dir.Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Equal(["llama-factory"], run.Formats.ToArray());
        Assert.Equal(["elapsed_time", "epoch", "eval_loss", "loss", "lr", "throughput"], run.Series.Select(s => s.Name));
        Assert.Equal([20.0], run.FindSeries("eval_loss")!.Steps);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Old_lines_with_learning_rate_and_nulls_read_the_same_way()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", Line(5, "\"loss\": 1.5, \"eval_loss\": null, \"predict_loss\": null, \"reward\": null, \"learning_rate\": 5e-05, \"epoch\": 0.01") + Line(10, "\"loss\": null, \"eval_loss\": 1.25, \"learning_rate\": null, \"epoch\": 0.02"));
        IngestResult result = dir.Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Equal([5e-05], run.FindSeries("learning_rate")!.Values);
        Assert.Equal([1.5], run.FindSeries("loss")!.Values);
        Assert.Equal([1.25], run.FindSeries("eval_loss")!.Values);
        Assert.Null(run.FindSeries("reward"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_resume_appended_to_the_log_is_one_LL005_and_the_later_lines_win()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", Line(10, "\"loss\": 3.0") + Line(20, "\"loss\": 2.0") + Line(30, "\"loss\": 1.0") + Line(20, "\"loss\": 2.5") + Line(30, "\"loss\": 1.5") + Line(10, "\"loss\": 9"));
        IngestResult result = dir.Ingest();
        Assert.Equal([9.0], result.Runs.Single().FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL005", 4L), (d.Code, d.Line));
        Assert.Contains("2 times", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_last_line_is_LL002_and_the_lines_before_it_are_kept()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", Line(10, "\"loss\": 3.0") + Line(20, "\"loss\": 2.0") + "{\"current_steps\": 30, \"loss\": 1.");
        IngestResult result = dir.Ingest();
        Assert.Equal([3.0, 2.0], result.Runs.Single().FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", 3L), (d.Code, d.Line));
    }

    [Fact]
    public void NaN_and_infinite_losses_are_kept_and_wrong_types_reported()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", Line(10, "\"loss\": NaN, \"grad\": Infinity") + "{\"current_steps\": \"ten\", \"loss\": 1}\n" + "[1, 2]\n" + Line(20, "\"loss\": 2.0"));
        IngestResult result = dir.Ingest();
        Run run = result.Runs.Single();
        Assert.Equal([double.NaN, 2.0], run.FindSeries("loss")!.Values);
        Assert.Equal([double.PositiveInfinity], run.FindSeries("grad")!.Values);
        Assert.Equal([2L, 3L], result.Diagnostics.Where(d => d.Code == "LL001").Select(d => d.Line!.Value));
    }

    [Fact]
    public void A_huge_line_is_read_like_any_other()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", Line(10, "\"note\": \"" + new string('x', 3_000_000) + "\", \"loss\": 1.0") + Line(20, "\"loss\": 0.5"));
        Assert.Equal([1.0, 0.5], dir.Run().FindSeries("loss")!.Values);
    }

    [Theory]
    [InlineData("0:00:32", 32)]
    [InlineData("6:48:06", 24486)]
    [InlineData("1 day, 3:19:49", 98389)]
    [InlineData("9 days, 21:03:44", 853424)]
    [InlineData("0:00:01.500000", 1.5)]
    public void Python_timedelta_text_is_read_as_seconds(string text, double seconds)
    {
        Assert.True(Core.Ingest.Formats.LlamaFactory.TimeDelta.TryParseSeconds(text, out double parsed));
        Assert.Equal(seconds, parsed, 6);
    }

    [Fact]
    public void A_log_without_progress_keys_and_no_arguments_beside_it_is_not_LLaMA_Factory()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_log.jsonl", "{\"step\": 1, \"loss\": 1.0}\n");
        Assert.Empty(dir.Ingest().Runs);
    }
}
