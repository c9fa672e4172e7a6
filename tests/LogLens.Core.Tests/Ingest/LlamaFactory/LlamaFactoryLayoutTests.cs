using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LlamaFactory;

public sealed class LlamaFactoryLayoutTests
{
    private const string Log = "{\"current_steps\": 10, \"total_steps\": 20, \"loss\": 2.0, \"lr\": 1e-05, \"epoch\": 0.5, \"percentage\": 50.0, \"elapsed_time\": \"0:00:10\", \"remaining_time\": \"0:00:10\"}\n"
        + "{\"current_steps\": 20, \"total_steps\": 20, \"loss\": 1.0, \"lr\": 0.0, \"epoch\": 1.0, \"percentage\": 100.0, \"elapsed_time\": \"0:00:20\", \"remaining_time\": \"0:00:00\"}\n";

    [Fact]
    public void WebUI_arguments_with_numbers_as_strings_and_lists_are_parameters()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", Log);
        dir.Write("out/training_args.yaml", "learning_rate: 5.0e-05\nnum_train_epochs: '3.0'\ndataset: alpaca_en,glaive\nlora_alpha: '16'\nnote: 'nan'\n");
        dir.Write("out/llamaboard_config.yaml", "train.dataset:\n- alpaca_en\n- glaive\ntrain.learning_rate: '5e-5'\ntop.model_name: Qwen2-7B\n");
        Run run = dir.Run("out");
        Assert.Equal("5e-05", run.Params["learning_rate"]);
        Assert.Equal("3", run.Params["num_train_epochs"]);
        Assert.Equal("16", run.Params["lora_alpha"]);
        Assert.Equal("nan", run.Params["note"]);
        Assert.Equal("[\"alpaca_en\",\"glaive\"]", run.Params["train.dataset"]);
        Assert.Equal("5e-05", run.Params["train.learning_rate"]);
    }

    [Fact]
    public void Arguments_beside_an_empty_log_still_make_a_run()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", "");
        dir.Write("out/training_args.yaml", "learning_rate: 1.0e-4\n");
        IngestResult result = dir.Ingest();
        Assert.Equal("0.0001", Assert.Single(result.Runs).Params["learning_rate"]);
        Assert.Equal("LL002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Beside_trainer_state_the_shared_series_come_from_the_log_only_and_the_rest_from_the_state()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", Log);
        dir.Write("out/trainer_state.json", """
            {"global_step": 20, "log_history": [
              {"epoch": 0.5, "grad_norm": 3.0, "learning_rate": 1e-05, "loss": 2.0, "step": 10},
              {"epoch": 1.0, "grad_norm": 2.0, "learning_rate": 0.0, "loss": 1.0, "step": 20},
              {"epoch": 1.0, "step": 20, "train_loss": 1.5, "train_runtime": 20.0}], "logging_steps": 10}
            """);
        IngestResult result = dir.Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Equal(["hf-trainer", "llama-factory"], run.Formats.ToArray());
        Assert.Equal(["elapsed_time", "epoch", "grad_norm", "loss", "lr", "train_loss", "train_runtime"], run.Series.Select(s => s.Name));
        Assert.Equal(["out/trainer_log.jsonl"], run.Sources.Where(s => s.Metrics.Contains("loss")).Select(s => s.Path));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_trainer_log_that_is_not_LLaMA_Factory_leaves_the_state_its_loss()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", "{\"step\": 1, \"loss\": 1.0}\n");
        dir.Write("out/trainer_state.json", """{"log_history": [{"loss": 2.0, "step": 10}], "global_step": 10}""");
        Assert.Equal([2.0], dir.Run("out").FindSeries("loss")!.Values);
    }

    [Fact]
    public void Generated_predictions_are_samples_with_prompt_ids_and_expected_answers()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", Log);
        string longPrompt = "<|im_start|>user\n" + new string('q', 100) + "<|im_end|>";
        dir.Write("out/generated_predictions.jsonl",
            "{\"prompt\": \"2+2=\", \"predict\": \"4\", \"label\": \"4\"}\n"
            + "{\"prompt\": \"2+2=\", \"predict\": \"5\", \"label\": \"4\"}\n"
            + "{\"prompt\": \"" + longPrompt.Replace("\n", "\\n", StringComparison.Ordinal) + "\", \"predict\": \"答案\", \"label\": \"答\"}\n");
        Run run = dir.Run("out");
        Assert.Equal(
            [new Sample("2+2=", 0, "4", Expected: "4"), new Sample("2+2=", 1, "5", Expected: "4")],
            run.Samples.Take(2));
        Sample hashed = run.Samples[2];
        Assert.Matches("^sha256:[0-9a-f]{16}$", hashed.PromptId);
        Assert.Equal(("答案", "答"), (hashed.Output, hashed.Expected));
    }

    [Fact]
    public void Reward_model_pairs_are_reported_once_and_not_read_as_samples()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", Log);
        dir.Write("out/generated_predictions.jsonl", "{\"chosen\": \"1.5\", \"rejected\": \"0.2\"}\n{\"chosen\": \"1.1\", \"rejected\": \"0.9\"}");
        IngestResult result = dir.Ingest();
        Assert.Empty(result.Runs.Single().Samples);
        Assert.Contains("2 reward-model lines", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_training_config_beside_the_log_is_read_and_other_yaml_is_not()
    {
        using var dir = new TempFolder();
        dir.Write("out/trainer_log.jsonl", Log);
        dir.Write("out/qwen_lora.yaml", "### model\nmodel_name_or_path: Qwen/Qwen2-7B\nstage: sft\nlearning_rate: 1.0e-4\n");
        dir.Write("out/other.yaml", "learning_rate: 9\n");
        Run run = dir.Run("out");
        Assert.Equal("0.0001", run.Params["learning_rate"]);
        Assert.DoesNotContain(run.Sources, s => s.Path.EndsWith("other.yaml", StringComparison.Ordinal));
    }
}
