using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Ingest;
using LogLens.Core.Model;
using LogLens.Core.Tests.Ingest;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Tests.Detection;

/// <summary>
/// What a careful engineer concludes after reading each real-log folder (docs/judgments.md), as tests: the verdict,
/// the findings that must appear, those that must not, and how many warnings and errors a reviewer should read.
/// Each reads ../shared/real-logs and is skipped with a message where it is absent.
/// </summary>
public sealed class JudgmentCorpusTests
{
    [SkippableFact]
    public void A_QLoRA_run_whose_loss_climbs_from_1_to_30_has_diverged_so_training_is_fixed_first()
    {
        AnalysisResult result = Analyze("hf-trainer", "JustinBStrong__qlora");

        Finding diverged = Assert.Single(result.Findings, f => f.Code == "LL102");
        Assert.Equal("loss", diverged.Subject.Metric);
        Assert.Equal(VerdictKind.FixTrainingFirst, result.Verdict.Kind);
        Assert.Equal(["output"], result.Verdict.BrokenRuns.ToArray());
        Assert.Equal(1, Serious(result));
    }

    [SkippableFact]
    public void A_healthy_whisper_run_is_still_improving_and_nothing_is_wrong_with_it()
    {
        AnalysisResult result = Analyze("hf-trainer", "CoralReefFish__whisper-tiny-nbaiLab");

        Assert.Equal(0, Serious(result));
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL102" or "LL103" or "LL107");
        Assert.Contains(result.Findings, f => f.Code == "LL106" && f.Subject.Metric == "eval_loss");
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Contains(result.Verdict.Missing, m => m.StartsWith("log the hyperparameters", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Checkpoints_of_two_runs_without_a_business_metric_cannot_be_judged()
    {
        AnalysisResult result = Analyze("hf-trainer", "laminair__mess-plus");

        Assert.Equal(0, Serious(result));
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Contains(result.Verdict.Missing, m => m.StartsWith("log a business metric", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void WGAN_runs_without_hyperparameters_are_judged_one_by_one_and_only_the_NaN_runs_are_broken()
    {
        AnalysisResult result = Analyze("lightning", "AIRI-Institute__genrisk");

        // Critic and generator losses are negative by design and settle at 0: not diverged, not "never decreasing".
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL102" or "LL107" or "LL104" or "LL106");
        // Two losses went NaN in the same three runs: one finding per loss, naming the runs.
        Assert.All(result.Findings.Where(f => f.Code == "LL101"), f => Assert.Equal(
            "lightning_logs/version_0, lightning_logs/version_1, lightning_logs/version_5", f.Evidence["runs"]));
        Assert.Contains(result.Findings, f => f.Code == "LL006");
        Assert.Equal(16, result.Runs.Groups.Select(g => g.ConfigKey).Distinct().Count());
        Assert.Equal(VerdictKind.FixTrainingFirst, result.Verdict.Kind);
        Assert.Equal(["lightning_logs/version_0", "lightning_logs/version_1", "lightning_logs/version_5"], result.Verdict.BrokenRuns.ToArray());
        Assert.NotEqual(Answer.No, result.Verdict.Checks.Single(c => c.Question == Question.Uninterpretable).Answer);
        Assert.DoesNotContain(result.Findings, f => f.Code == "LL105"); // a generator loss jumps when the critic improves
        Assert.Equal(2, Serious(result));
    }

    [SkippableFact]
    public void A_medical_fine_tune_whose_eval_loss_rises_over_its_last_five_evals_overfits()
    {
        AnalysisResult result = Analyze("llamafactory", "xueh88401-web__qwen2.5-7b-medical-finetune");

        Finding overfit = Assert.Single(result.Findings, f => f.Code == "LL103");
        Assert.Equal("eval_loss", overfit.Subject.Metric);
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL102" or "LL107");
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Equal(1, Serious(result));
    }

    [SkippableFact]
    public void Lm_eval_checkpoint_series_are_evaluations_whose_noise_is_not_reported_as_signal()
    {
        AnalysisResult result = Analyze("lm-eval", "EleutherAI__pythia");

        // No task's perplexity is the proxy of another task; benchmark perplexities are measured, not optimised.
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL102" or "LL107" or "LL101");
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL301" or "LL304" && !SameTask(f));
        Assert.InRange(Serious(result), 0, 10);
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Contains(result.Verdict.Missing, m => m.Contains("seeds", StringComparison.Ordinal));

        // bloom/ and pythia-v1/ are two studies: their models are never ranked against each other.
        Assert.Equal(2, result.Runs.Keys.Values.Select(k => k.Study).Distinct().Count());
        Assert.Contains(result.Runs.Metrics.Values, m => m.Name == "crows_pairs_english/likelihood_difference" && !m.HigherIsBetter);
        Assert.Contains(result.Runs.Metrics.Values, m => m.Name == "lambada_openai/ppl" && !m.HigherIsBetter);
    }

    [SkippableFact]
    public void Seven_image_classifiers_with_one_run_each_need_seeds_before_any_comparison()
    {
        AnalysisResult result = Analyze("mlflow", "1010sb__ImageClass");

        Assert.Equal(0, Serious(result));
        Assert.Contains(result.Findings, f => f.Code == "LL004");
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Contains(result.Verdict.Missing, m => m.StartsWith("run 3 or more seeds", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Two_YOLOv5_runs_are_not_seeds_of_one_config()
    {
        AnalysisResult result = Analyze("tensorboard", "WangRongsheng__CDNet-yolov5");

        // opt.yaml differs in weights/cfg (yolov5n vs yolov5s): two configs of one run each.
        Assert.Equal(2, result.Runs.Groups.Select(g => g.ConfigKey).Distinct().Count());
        Assert.All(result.Runs.Runs, r => Assert.True(r.Params.ContainsKey("weights")));
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL006");
        Assert.Contains(result.Verdict.Missing, m => m.StartsWith("run 3 or more seeds", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL102" or "LL107" or "LL101");
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.InRange(Serious(result), 0, 1);
    }

    [SkippableFact]
    public void A_regression_sweep_judges_its_r2_not_its_gradient_norms()
    {
        AnalysisResult result = Analyze("wandb-recent", "NikhilSwaroop-P__da6401_assignment_1");

        string[] diagnostic = ["gradient_norm", "weight_norm", "overfitting_gap"];
        Assert.All(diagnostic, name => Assert.Equal(MetricRole.Other, result.Runs.Metrics[name].Role));
        Assert.DoesNotContain(result.Findings, f => f.Subject.Metric is string m && diagnostic.Contains(m));
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL107" or "LL102");
        Assert.Contains(result.Findings, f => f.Code == "LL006");

        // The 8 runs of the sweep (named only in sweep-c5t498t8/config-<run>.yaml) are one study, apart from the rest.
        Assert.Equal(8, result.Runs.Keys.Values.Count(k => k.Study == "sweep-c5t498t8"));
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.InRange(Serious(result), 0, 4);
    }

    [SkippableFact]
    public void Wandb_runs_with_truncated_record_logs_are_read_and_not_over_judged()
    {
        AnalysisResult result = Analyze("wandb", "laminair__mess-plus");

        Assert.Equal(0, Serious(result));
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
    }

    [SkippableFact]
    public void A_fine_tune_whose_val_loss_rises_after_epoch_4_overfits_and_its_failed_retries_are_reported()
    {
        AnalysisResult result = Analyze("mlflow-sqlite", "mikolaj-olesinski__Deep-Neural-Networks-PWR");

        Finding overfit = Assert.Single(result.Findings, f => f.Code == "LL103");
        Assert.Contains("lab7_deep_neural_networks/finetune", (string)overfit.Evidence["runs"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL102" or "LL107");
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.InRange(Serious(result), 1, 3);
    }

    [SkippableFact]
    public void Each_MLflow_experiment_is_a_study_and_ablations_of_three_points_are_not_ranked()
    {
        AnalysisResult result = Analyze("mlflow-sqlite", "Darji23__CMPE258-DL-Final-Project");

        // Three experiments with runs (the ablations, preprocessing, training): never one 17-config comparison.
        Assert.Equal(3, result.Runs.Keys.Values.Select(k => k.Study).Distinct().Count());
        Assert.DoesNotContain(result.Findings, f => f.Code is "LL302" or "LL303");
        Assert.Equal(0, Serious(result));
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
    }

    [SkippableFact]
    public void Optuna_trials_are_studies_of_their_parent_run()
    {
        AnalysisResult result = Analyze("mlflow-sqlite", "Youssof-Essam__Superconductors");

        Assert.True(result.Runs.Keys.Values.Select(k => k.Study).Distinct().Count() >= 4);
        Assert.Equal(0, Serious(result));
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
    }

    [SkippableFact]
    public void A_finished_run_beside_a_running_and_a_failed_one_cannot_be_compared_with_anything()
    {
        AnalysisResult result = Analyze("mlflow-sqlite", "Adarshh9__cifar10-production-ml");

        Assert.Equal(0, Serious(result));
        Assert.Equal(VerdictKind.CantTellYet, result.Verdict.Kind);
        Assert.Contains(result.Verdict.Missing, m => m.StartsWith("compare at least two configs", StringComparison.Ordinal));
    }

    private static AnalysisResult Analyze(params string[] folder)
    {
        string path = RealLogs.Require(folder);
        IngestResult ingest = RunIngestor.Ingest([path], LogLensConfig.Default);
        return Analyzer.Analyze(ingest.RunSet, new AnalysisOptions(Resamples: 500));
    }

    /// <summary>Warnings and errors: what a reviewer has to read.</summary>
    private static int Serious(AnalysisResult result) => result.Findings.Count(f => f.Severity >= Severity.Warning);

    private static bool SameTask(Finding finding) =>
        finding.Evidence["proxy"] is string proxy && finding.Subject.Metric is string business
        && MetricNames.Task(proxy) == MetricNames.Task(business);
}
