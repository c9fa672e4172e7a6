using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Model;

/// <summary>The role table (docs/methods.md, "Metric roles"): strong evidence only, everything else is other.</summary>
public sealed class MetricNamesRoleTableTests
{
    [Theory]
    // lm-evaluation-harness task metrics (legacy files carry no higher_is_better).
    [InlineData("arc_challenge/acc", MetricRole.Business, true)]
    [InlineData("hellaswag/acc_norm", MetricRole.Business, true)]
    [InlineData("truthfulqa_mc/mc2", MetricRole.Business, true)]
    [InlineData("crows_pairs_english/likelihood_difference", MetricRole.Business, false)]
    [InlineData("crows_pairs_french_age/pct_stereotype", MetricRole.Business, false)]
    [InlineData("lambada_openai/ppl", MetricRole.Proxy, false)]
    [InlineData("wikitext/word_perplexity", MetricRole.Proxy, false)]
    [InlineData("wikitext/byte_perplexity", MetricRole.Proxy, false)]
    [InlineData("wikitext/bits_per_byte", MetricRole.Proxy, false)]
    [InlineData("gsm8k/exact_match", MetricRole.Business, true)]
    [InlineData("gsm8k/exact_match,strict-match", MetricRole.Business, true)]
    [InlineData("exact_match,flexible-extract", MetricRole.Business, true)]
    [InlineData("humaneval/pass@1", MetricRole.Business, true)]
    // Trainer, Lightning, YOLO, W&B names.
    [InlineData("eval_wer", MetricRole.Business, false)]
    [InlineData("val_acc_epoch", MetricRole.Business, true)]
    [InlineData("metrics/mAP_0.5:0.95", MetricRole.Business, true)]
    [InlineData("val/f1_Consult_-_History_and_Phy.", MetricRole.Business, true)]
    [InlineData("final_r2", MetricRole.Business, true)]
    [InlineData("best_val_loss", MetricRole.Proxy, false)]
    [InlineData("eval/rougeL", MetricRole.Proxy, true)]
    public void Known_task_and_trainer_metrics_have_their_role_and_direction(string name, MetricRole role, bool higher)
    {
        MetricDefinition d = MetricNames.Infer(name);
        Assert.Equal((role, higher), (d.Role, d.HigherIsBetter));
    }

    [Theory]
    [InlineData("grad_norm")]
    [InlineData("train/grad_norm_square")]
    [InlineData("gradient_norm")]
    [InlineData("weight_norm")]
    [InlineData("overfitting_gap")]
    [InlineData("learning_rate")]
    [InlineData("train_runtime")]
    [InlineData("eval_samples_per_second")]
    [InlineData("total_flos")]
    [InlineData("convergence_epoch")]
    [InlineData("data_visualization.height")]
    [InlineData("arc_easy/acc_stderr")]
    [InlineData("system/gpu_0_memory_usage_megabytes")]
    [InlineData("custom_score")]
    public void Diagnostic_and_unknown_series_are_other(string name) =>
        Assert.Equal(MetricRole.Other, MetricNames.Infer(name).Role);

    [Theory]
    [InlineData("eval/accuracy", "eval/loss", true)]
    [InlineData("eval/accuracy", "train/loss", false)]
    [InlineData("val_accuracy", "val_loss", true)]
    [InlineData("test_accuracy", "val_loss", false)]
    [InlineData("metrics/mAP_0.5", "val/box_loss", true)]
    [InlineData("metrics/mAP_0.5", "train/box_loss", false)]
    [InlineData("lambada_openai/acc", "lambada_openai/ppl", true)]
    [InlineData("arc_easy/acc", "lambada_openai/ppl", false)]
    [InlineData("eval_wer", "eval_loss", true)]
    [InlineData("eval_wer", "loss", false)]
    public void A_proxy_pairs_with_a_business_metric_only_on_the_same_data(string business, string proxy, bool same) =>
        Assert.Equal(same, MetricNames.SameData(proxy, business));
}
