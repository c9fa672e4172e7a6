using LogLens.Core.Configuration;
using LogLens.Core.Ingest;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.LmEval;

/// <summary>EleutherAI/pythia's lm-eval results (legacy v0.3 keys), in ../shared/real-logs/lm-eval.</summary>
public sealed class LmEvalRealLogsTests
{
    private const string Pythia = "EleutherAI__pythia/evals/pythia-v1/pythia-70m/zero-shot";

    private static IngestResult Ingest() => RunIngestor.Ingest([RealLogs.Require("lm-eval")], LogLensConfig.Default);

    [SkippableFact]
    public void Checkpoint_files_of_one_model_form_one_run_and_each_bloom_model_is_its_own()
    {
        IngestResult result = Ingest();
        Assert.Equal(
        [
            "EleutherAI__pythia/evals/bloom/bloom-1b1", "EleutherAI__pythia/evals/bloom/bloom-1b7", "EleutherAI__pythia/evals/bloom/bloom-3b",
            "EleutherAI__pythia/evals/bloom/bloom-560m", "EleutherAI__pythia/evals/bloom/bloom-7b1",
            "EleutherAI__pythia/evals/pythia-v1/pythia-160m/five-shot", "EleutherAI__pythia/evals/pythia-v1/pythia-160m/zero-shot",
            "EleutherAI__pythia/evals/pythia-v1/pythia-70m/five-shot", Pythia,
        ], result.Runs.Select(r => r.Id));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Runs, r => Assert.Equal(["lm-eval"], r.Formats.ToArray()));
    }

    [SkippableFact]
    public void A_checkpoint_series_runs_over_the_revision_steps_with_the_files_values()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Pythia);
        MetricSeries acc = run.FindSeries("arc_easy/acc")!;
        Assert.Equal(27, acc.Count);
        Assert.Equal(0, acc.Steps[0]);
        Assert.Equal(143000, acc.Steps[^1]);
        Assert.Equal(0.26641414141414144, acc.Values[Array.IndexOf(acc.Steps, 8.0)]);
        Assert.Equal(27, run.Sources.Length);
    }

    [SkippableFact]
    public void The_last_checkpoint_gives_scores_per_task_with_stderr_and_the_model_params()
    {
        Run run = Ingest().Runs.Single(r => r.Id == Pythia);
        Score wsc = run.Scores.Single(s => s.Dataset == "wsc" && s.Metric == "acc");
        Assert.Equal(run.FindSeries("wsc/acc")!.Values[^1], wsc.Value);
        Assert.NotNull(wsc.Stderr);
        Assert.Equal("EleutherAI/pythia-v1.1-70m", run.Params["model_args.pretrained"]);
        Assert.Equal("0", run.Params["num_fewshot"]);
        Assert.False(run.Params.ContainsKey("model_args.revision"));
        Assert.False(run.Params.ContainsKey("model_args.use_accelerate"));
    }

    [SkippableFact]
    public void A_single_results_file_keeps_every_task_as_a_dataset_with_the_MMLU_subjects_as_one_group()
    {
        Run bloom = Ingest().Runs.Single(r => r.Id.EndsWith("bloom-560m", StringComparison.Ordinal));
        Assert.Empty(bloom.Series);

        // 65 tasks, 57 of them MMLU subjects (hendrycksTest-*): 8 tasks and the mmlu group.
        Assert.Equal(9, bloom.Scores.Select(s => s.Dataset).Distinct().Count());
        Assert.DoesNotContain(bloom.Scores, s => s.Dataset.StartsWith("hendrycksTest-", StringComparison.Ordinal));
        Score mmlu = bloom.Scores.Single(s => s.Dataset == "mmlu" && s.Metric == "acc");
        Assert.InRange(mmlu.Value, 0.2, 0.3);
        Assert.InRange(mmlu.Stderr!.Value, 0.001, 0.01);
        Assert.Equal("bigscience/bloom-560m", bloom.Params["model_args.pretrained"]);
    }
}
