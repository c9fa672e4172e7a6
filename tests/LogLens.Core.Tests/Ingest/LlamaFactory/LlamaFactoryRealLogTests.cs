using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LlamaFactory;

/// <summary>The LLaMA-Factory readers on ../shared/real-logs/llamafactory; expected values picked by hand from the files.</summary>
public sealed class LlamaFactoryRealLogTests
{
    private static IngestResult Ingest() => RunIngestor.Ingest([RealLogs.Require("llamafactory")], LogLensConfig.Default);

    [SkippableFact]
    public void The_output_folder_is_one_run_fed_by_both_formats_without_diagnostics()
    {
        IngestResult result = Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Equal("xueh88401-web__qwen2.5-7b-medical-finetune", run.Id);
        Assert.Equal(["hf-trainer", "llama-factory"], run.Formats.ToArray());
        Assert.Empty(result.Diagnostics);
    }

    [SkippableFact]
    public void Train_eval_and_progress_lines_give_the_logged_series()
    {
        Run run = Assert.Single(Ingest().Runs);
        MetricSeries loss = run.FindSeries("loss")!;
        Assert.Equal(675, loss.Count);
        Assert.Equal((10, 2.219), (loss.Steps[0], loss.Values[0]));
        Assert.Equal((6750, 1.5999), (loss.Steps[^1], loss.Values[^1]));
        MetricSeries eval = run.FindSeries("eval_loss")!;
        Assert.Equal(13, eval.Count);
        Assert.Equal((500, 1.6410622596740723), (eval.Steps[0], eval.Values[0]));
        Assert.Equal(1.3333333333333334e-06, run.FindSeries("lr")!.Values[0]);
        Assert.Equal(94, run.FindSeries("elapsed_time")!.Values[2]);
        Assert.Null(run.FindSeries("percentage"));
        Assert.Null(run.FindSeries("total_steps"));
    }

    [SkippableFact]
    public void The_training_config_and_adapter_config_are_parameters()
    {
        Run run = Assert.Single(Ingest().Runs);
        Assert.Equal("0.0001", run.Params["learning_rate"]);
        Assert.Equal("3", run.Params["num_train_epochs"]);
        Assert.Equal("medical_llm", run.Params["dataset"]);
        Assert.Equal("q_proj,v_proj,k_proj,o_proj,gate_proj,up_proj,down_proj", run.Params["lora_target"]);
        Assert.Equal("8", run.Params["adapter.r"]);
    }

    [SkippableFact]
    public void The_results_are_scores_on_the_run_dataset()
    {
        IngestResult result = Ingest();
        Run run = Assert.Single(result.Runs);
        Assert.Contains(new Score(RunSet.DefaultDataset, "eval_loss", 1.5777634382247925), run.Scores);
        Observation eval = Assert.Single(result.RunSet.Observations, o => o.Metric == "eval_loss");
        Assert.Equal(("medical_llm", 1.5777634382247925), (eval.Dataset, eval.Value));
        Assert.Equal(["medical_llm"], result.RunSet.Datasets.ToArray());
    }

    [SkippableFact]
    public void LLaMA_Factory_progress_metrics_are_not_business_metrics()
    {
        RunSet runs = Ingest().RunSet;
        Assert.Equal(MetricRole.Other, runs.Metrics["elapsed_time"].Role);
        Assert.Equal(MetricRole.Other, runs.Metrics["lr"].Role);
        Assert.Equal(MetricRole.Other, MetricNames.Infer("throughput").Role);
        Assert.Equal(MetricRole.Other, MetricNames.Infer("total_tokens").Role);
        Assert.Equal(MetricRole.Other, MetricNames.Infer("vram_allocated").Role);
    }
}
