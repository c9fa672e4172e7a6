using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.HfTrainer;

public sealed class HfTrainerStateReaderTests
{
    [Fact]
    public void A_root_state_gives_series_as_logged_and_hyperparameter_fields()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_state.json", TrainerStateText.With(
            [.. TrainerStateText.Losses(3), "\"eval_accuracy\": 0.7,\n \"eval_loss\": 1.5,\n \"step\": 30"],
            extra: "  \"num_train_epochs\": 3,\n  \"save_steps\": 500,\n"));
        Run run = dir.Run("out");
        Assert.Equal([10.0, 20, 30], run.FindSeries("loss")!.Steps);
        Assert.Equal([2.0, 1.99, 1.98], run.FindSeries("loss")!.Values);
        Assert.Equal([0.7], run.FindSeries("eval_accuracy")!.Values);
        Assert.Equal("10", run.Params["logging_steps"]);
        Assert.Equal("8", run.Params["train_batch_size"]);
        Assert.Equal("3", run.Params["num_train_epochs"]);
        Assert.False(run.Params.ContainsKey("max_steps"));
    }

    [Fact]
    public void Bare_NaN_and_Infinity_are_kept_as_values()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_state.json", TrainerStateText.With(["\"grad_norm\": NaN, \"loss\": Infinity, \"step\": 1", "\"grad_norm\": -Infinity, \"loss\": 1.0, \"step\": 2"]));
        Run run = dir.Run();
        Assert.Equal([double.NaN, double.NegativeInfinity], run.FindSeries("grad_norm")!.Values);
        Assert.Equal([double.PositiveInfinity, 1.0], run.FindSeries("loss")!.Values);
        Assert.Empty(dir.Ingest().Diagnostics);
    }

    [Fact]
    public void A_state_cut_off_mid_write_keeps_its_complete_entries_and_says_so()
    {
        using var dir = new TempFolder();
        string full = TrainerStateText.With(TrainerStateText.Losses(5));
        string cut = full[..(full.IndexOf("\"step\": 40", StringComparison.Ordinal) + 3)];
        dir.Write("trainer_state.json", cut);
        IngestResult result = dir.Ingest();
        Assert.Equal([10.0, 20, 30], result.Runs.Single().FindSeries("loss")!.Steps);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "trainer_state.json"), (d.Code, d.Path));
        Assert.Contains("3 complete log entries", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_newest_checkpoint_falls_back_to_the_previous_checkpoint_of_the_run()
    {
        using var dir = new TempFolder();
        dir.Write("out/checkpoint-20/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(2)));
        dir.Write("out/checkpoint-40/trainer_state.json", "");
        IngestResult result = dir.Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Equal([10.0, 20], run.FindSeries("loss")!.Steps);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("LL002", "out/checkpoint-40/trainer_state.json"), (d.Code, d.Path));
    }

    [Fact]
    public void A_newest_checkpoint_cut_off_early_falls_back_to_the_longer_previous_checkpoint()
    {
        using var dir = new TempFolder();
        string older = TrainerStateText.With(TrainerStateText.Losses(3));
        dir.Write("out/checkpoint-30/trainer_state.json", older);
        dir.Write("out/checkpoint-60/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(6))[..older.IndexOf("\"step\": 20", StringComparison.Ordinal)]);
        IngestResult result = dir.Ingest();
        Assert.Equal([10.0, 20, 30], result.Runs.Single().FindSeries("loss")!.Steps);
        Assert.Contains(result.Diagnostics, d => d.Code == "LL002" && d.Message.Contains("out/checkpoint-30/trainer_state.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_going_back_inside_a_history_are_one_LL005_and_the_later_entries_win()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_state.json", TrainerStateText.With([.. TrainerStateText.Losses(4), .. TrainerStateText.Losses(3, start: 5.0)]));
        IngestResult result = dir.Ingest();
        Run run = result.Runs.Single();
        Assert.Equal([10.0, 20, 30], run.FindSeries("loss")!.Steps);
        Assert.Equal([5.0, 4.99, 4.98], run.FindSeries("loss")!.Values);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("LL005", d.Code);
    }

    [Fact]
    public void An_empty_log_history_is_a_run_with_parameters_and_no_series()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_state.json", TrainerStateText.With([]));
        IngestResult result = dir.Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Empty(run.Series);
        Assert.Equal("10", run.Params["logging_steps"]);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("{\"global_step\": 3, \"log_history\": {\"loss\": 1}}", "log_history is not a list")]
    [InlineData("[{\"loss\": 1, \"step\": 1}]", "expected a JSON object")]
    [InlineData("{\"log_history\": [{\"loss\": 1, \"step\": \"x\"}, {\"loss\": 2}]}", "2 log entries have no numeric \"step\"")]
    [InlineData("{\"log_history\": [{\"loss\": 1, \"step\": 1}}, \"global_step\": 3}", "not valid JSON")]
    public void Wrong_shapes_are_LL001_with_the_reason(string content, string reason)
    {
        using var dir = new TempFolder();
        dir.Write("trainer_state.json", content);
        IngestResult result = dir.Ingest();
        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Code == "LL001");
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_eval_sets_become_datasets_with_their_last_value_as_score()
    {
        using var dir = new TempFolder();
        string Eval(string set, double acc, int step) => $"\"eval_{set}_accuracy\": {acc}, \"eval_{set}_loss\": 1.0, \"eval_{set}_runtime\": 2.0, \"eval_{set}_samples_per_second\": 9.0, \"step\": {step}";
        dir.Write("trainer_state.json", TrainerStateText.With([Eval("squad", 0.5, 10), Eval("squad", 0.6, 20), Eval("xsum_v2", 0.3, 20)]));
        Run run = dir.Run();
        Assert.Contains(new Score("squad", "eval_accuracy", 0.6), run.Scores);
        Assert.Contains(new Score("xsum_v2", "eval_accuracy", 0.3), run.Scores);
        Assert.Contains(new Score("xsum_v2", "eval_loss", 1.0), run.Scores);
        Assert.Equal([0.5, 0.6], run.FindSeries("eval_squad_accuracy")!.Values);
    }

    [Fact]
    public void A_metric_that_merely_looks_prefixed_is_not_a_dataset()
    {
        using var dir = new TempFolder();
        dir.Write("trainer_state.json", TrainerStateText.With(["\"eval_mean_token_loss\": 1.0, \"eval_runtime\": 2.0, \"eval_samples_per_second\": 3.0, \"step\": 5"]));
        Assert.Empty(dir.Run().Scores);
    }
}
