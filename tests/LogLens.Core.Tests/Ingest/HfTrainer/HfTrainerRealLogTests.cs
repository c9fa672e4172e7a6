using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.HfTrainer;

/// <summary>The HF Trainer readers on ../shared/real-logs/hf-trainer; expected values picked by hand from the files.</summary>
public sealed class HfTrainerRealLogTests
{
    private static IngestResult Ingest(params string[] parts) => RunIngestor.Ingest([RealLogs.Require(["hf-trainer", .. parts])], LogLensConfig.Default);

    private static Run Single(params string[] parts) => Assert.Single(Ingest(parts).Runs);

    [SkippableFact]
    public void The_folder_holds_five_runs_two_of_them_mixed_into_one_checkpoint_folder()
    {
        IngestResult result = Ingest();
        Assert.Equal(
            [
                "CoralReefFish__whisper-tiny-nbaiLab",
                "JustinBStrong__qlora/output",
                "laminair__mess-plus/data_logs/distillbert",
                "laminair__mess-plus/data_logs/distillbert@checkpoint-1000",
                "laminair__mess-plus/results",
            ],
            result.Runs.Select(r => r.Id));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Runs, r => Assert.Equal(["hf-trainer"], r.Formats.ToArray()));
    }

    [SkippableFact]
    public void The_whisper_log_history_gives_train_and_eval_series_at_their_steps()
    {
        Run run = Single("CoralReefFish__whisper-tiny-nbaiLab");
        MetricSeries loss = run.FindSeries("loss")!;
        Assert.Equal(2000, loss.Count);
        Assert.Equal((50, 2.936), (loss.Steps[0], loss.Values[0]));
        Assert.Equal((100000, 0.8333), (loss.Steps[^1], loss.Values[^1]));
        Assert.Equal(1.5000000000000002e-07, run.FindSeries("learning_rate")!.Values[0]);
        MetricSeries wer = run.FindSeries("eval_wer")!;
        Assert.Equal(100, wer.Count);
        Assert.Equal((100000, 24.96954933008526), (wer.Steps[^1], wer.Values[^1]));
        Assert.Equal([100000.0], run.FindSeries("train_runtime")!.Steps);
    }

    [SkippableFact]
    public void The_whisper_results_are_scores_and_the_sys_maxsize_epoch_count_is_not_a_parameter()
    {
        Run run = Single("CoralReefFish__whisper-tiny-nbaiLab");
        Assert.Equal(9, run.Scores.Length);
        Assert.Contains(new Score(RunSet.DefaultDataset, "eval_wer", 24.878197320341048), run.Scores);
        Assert.Contains(new Score(RunSet.DefaultDataset, "train_runtime", 623384.3788), run.Scores);
        Assert.DoesNotContain(run.Scores, s => s.Metric == "epoch");
        Assert.Empty(run.Params);
    }

    [SkippableFact]
    public void The_qlora_run_reads_the_adapter_config_of_a_checkpoint_without_trainer_state()
    {
        Run run = Single("JustinBStrong__qlora");
        Assert.Equal("output", run.Id);
        Assert.Equal("100", run.Params["num_train_epochs"]);
        Assert.Equal("64", run.Params["adapter.r"]);
        Assert.Equal("16", run.Params["adapter.lora_alpha"]);
        Assert.Equal("[\"c_attn\",\"c_fc\",\"c_proj\"]", run.Params["adapter.target_modules"]);
        Assert.Equal((100, 29.559), (run.FindSeries("loss")!.Steps[^1], run.FindSeries("loss")!.Values[^1]));
        Assert.Contains(new Score(RunSet.DefaultDataset, "train_loss", 15.310873765945434), run.Scores);
    }

    [SkippableFact]
    public void The_current_mess_plus_run_is_read_from_its_newest_checkpoint()
    {
        Run run = Ingest("laminair__mess-plus").Runs.Single(r => r.Id == "data_logs/distillbert");
        Assert.Equal("500", run.Params["logging_steps"]);
        Assert.Equal("3", run.Params["model.num_labels"]);
        Assert.Equal([500.0, 1000, 1500], run.FindSeries("loss")!.Steps);
        Assert.Equal([0.4517, 0.4084, 0.3672], run.FindSeries("loss")!.Values);
        Assert.Equal([563.0, 1126], run.FindSeries("eval_loss")!.Steps);
        Assert.Equal("data_logs/distillbert/checkpoint-1689/trainer_state.json", run.Sources[0].Path);
    }

    [SkippableFact]
    public void The_older_mess_plus_run_in_the_same_folder_keeps_its_per_step_logging()
    {
        Run run = Ingest("laminair__mess-plus").Runs.Single(r => r.Id == "data_logs/distillbert@checkpoint-1000");
        Assert.Equal("1", run.Params["logging_steps"]);
        MetricSeries loss = run.FindSeries("loss")!;
        Assert.Equal(1000, loss.Count);
        Assert.Equal((1, 0.7219), (loss.Steps[0], loss.Values[0]));
        Assert.Equal((1000, 0.4325), (loss.Steps[^1], loss.Values[^1]));
        Assert.Equal([0.4195586144924164], run.FindSeries("eval_loss")!.Values);
    }

    [SkippableFact]
    public void The_mess_plus_results_run_has_its_own_model_config()
    {
        Run run = Ingest("laminair__mess-plus").Runs.Single(r => r.Id == "results");
        Assert.Equal("20", run.Params["model.num_labels"]);
        Assert.Equal("5", run.Params["num_train_epochs"]);
        Assert.Equal("distilbert-base-uncased", run.Params["model._name_or_path"]);
        Assert.False(run.Params.ContainsKey("model.id2label.0"));
        Assert.Equal([0.2624], run.FindSeries("loss")!.Values);
    }
}
