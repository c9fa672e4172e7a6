using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.HfTrainer;

public sealed class HfTrainerLayoutTests
{
    [Fact]
    public void Checkpoints_of_one_run_are_one_run_read_through_the_newest()
    {
        using var dir = new TempFolder();
        dir.Write("out/checkpoint-20/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(2)));
        dir.Write("out/checkpoint-40/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(4)));
        IngestResult result = dir.Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Equal("out", run.Id);
        Assert.Equal([10.0, 20, 30, 40], run.FindSeries("loss")!.Steps);
        Assert.Equal(["out/checkpoint-40/trainer_state.json"], run.Sources.Select(s => s.Path));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Checkpoints_of_two_runs_in_one_folder_stay_apart_and_the_older_run_is_suffixed()
    {
        using var dir = new TempFolder();
        dir.Write("out/checkpoint-20/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(2), loggingSteps: 1));
        dir.Write("out/checkpoint-40/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(4), loggingSteps: 1));
        dir.Write("out/checkpoint-60/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(6, start: 3.0), loggingSteps: 10));
        IngestResult result = dir.Ingest();
        Assert.Equal(["out", "out@checkpoint-40"], result.Runs.Select(r => r.Id));
        Assert.Equal("10", result.Runs[0].Params["logging_steps"]);
        Assert.Equal(3.0, result.Runs[0].FindSeries("loss")!.Values[0]);
        Assert.Equal(4, result.Runs[1].FindSeries("loss")!.Count);
    }

    [Fact]
    public void The_root_state_joins_the_run_its_best_checkpoint_names_even_with_a_foreign_absolute_path()
    {
        using var dir = new TempFolder();
        dir.Write("out/checkpoint-20/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(2)));
        dir.Write("out/checkpoint-60/trainer_state.json", TrainerStateText.With(TrainerStateText.Losses(6, start: 3.0)));
        // An empty history fits either run: only the best checkpoint tells which one wrote it.
        dir.Write("out/trainer_state.json", TrainerStateText.With([], best: "/home/someone/else/out/checkpoint-20"));
        IngestResult result = dir.Ingest();
        Assert.Equal(["out", "out@checkpoint-60"], result.Runs.Select(r => r.Id));
        Assert.Equal(["out/trainer_state.json"], result.Runs[0].Sources.Where(s => s.Path.EndsWith(".json", StringComparison.Ordinal)).Select(s => s.Path));
    }

    [Fact]
    public void A_results_file_alone_makes_an_output_folder_a_run_of_scores()
    {
        using var dir = new TempFolder();
        dir.Write("out/eval_results.json", """{"epoch": 3.0, "eval_accuracy": 0.81, "eval_loss": 0.5, "eval_samples": 200}""");
        Run run = dir.Run("out");
        Assert.Equal(
            [new Score(RunSet.DefaultDataset, "eval_accuracy", 0.81, 200), new Score(RunSet.DefaultDataset, "eval_loss", 0.5, 200)],
            run.Scores.OrderBy(s => s.Metric, StringComparer.Ordinal));
    }

    [Fact]
    public void All_results_is_read_instead_of_the_split_files_it_merges()
    {
        using var dir = new TempFolder();
        dir.Write("out/all_results.json", """{"eval_loss": 0.5, "train_loss": 0.7, "train_runtime": 10}""");
        dir.Write("out/eval_results.json", """{"eval_loss": 0.5}""");
        dir.Write("out/train_results.json", """{"train_loss": 0.7, "train_runtime": 10}""");
        Run run = dir.Run("out");
        Assert.Equal(3, run.Scores.Length);
        Assert.Equal(["out/all_results.json"], run.Sources.Select(s => s.Path));
    }

    [Fact]
    public void Named_eval_sets_in_results_are_datasets_and_the_history_then_gives_no_scores()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_state.json", TrainerStateText.With(["\"eval_a_acc\": 0.1, \"eval_a_runtime\": 1, \"eval_a_samples_per_second\": 1, \"step\": 5"]));
        dir.Write("out/eval_results.json", """{"eval_a_acc": 0.9, "eval_a_runtime": 1, "eval_a_samples_per_second": 2, "eval_a_samples": 50}""");
        Run run = dir.Run("out");
        Assert.Equal(new Score("a", "eval_acc", 0.9, 50), Assert.Single(run.Scores, s => s.Metric == "eval_acc"));
    }

    [Fact]
    public void A_json_file_named_like_results_without_trainer_keys_is_not_claimed()
    {
        using var dir = new TempFolder();
        dir.Write("out/my_results.json", """{"accuracy": 0.9}""");
        Assert.Empty(dir.Ingest().Runs);
    }

    [Fact]
    public void The_model_card_hyperparameters_are_parameters()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_state.json", TrainerStateText.With([]));
        dir.Write("out/README.md", "# model\n\n### Training hyperparameters\n\nThe following hyperparameters were used during training:\n- learning_rate: 2e-05\n- train_batch_size: 8\n- seed: 42\n- optimizer: Use adamw_torch with betas=(0.9,0.999)\n- num_epochs: 3.0\n\n### Training results\n\n- not: a param\n");
        Run run = dir.Run("out");
        Assert.Equal("2e-05", run.Params["learning_rate"]);
        Assert.Equal("42", run.Params["seed"]);
        Assert.Equal("3", run.Params["num_epochs"]);
        Assert.Equal("Use adamw_torch with betas=(0.9,0.999)", run.Params["optimizer"]);
        Assert.False(run.Params.ContainsKey("not"));
        Assert.Equal("42", dir.Ingest().RunSet.Keys["out"].Seed);
    }

    [Fact]
    public void Model_and_adapter_configs_are_prefixed_parameters()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_state.json", TrainerStateText.With([]));
        dir.Write("out/config.json", """{"dropout": 0.1, "id2label": {"0": "a", "1": "b"}, "transformers_version": "4.44.2", "rope": {"theta": 10000}, "x": null}""");
        dir.Write("out/adapter_config.json", """{"r": 8, "target_modules": ["v_proj", "q_proj"]}""");
        Run run = dir.Run("out");
        Assert.Equal(
            ["adapter.r", "adapter.target_modules", "logging_steps", "model.dropout", "model.num_labels", "model.rope.theta", "train_batch_size"],
            run.Params.Keys);
        Assert.Equal("[\"q_proj\",\"v_proj\"]", run.Params["adapter.target_modules"]);
        Assert.Equal("2", run.Params["model.num_labels"]);
    }
}
