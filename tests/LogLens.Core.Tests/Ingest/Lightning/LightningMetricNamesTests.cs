using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Ingest.Lightning;

public sealed class LightningMetricNamesTests
{
    [Theory]
    [InlineData("val_loss")]
    [InlineData("val_loss_epoch")]
    [InlineData("valid_loss")]
    [InlineData("eval/loss")]
    public void Lightning_and_mlflow_validation_losses_are_eval_losses(string name)
    {
        Assert.True(MetricNames.IsEval(name) && MetricNames.IsLoss(name));
        Assert.Equal((MetricRole.Proxy, false), (MetricNames.Infer(name).Role, MetricNames.Infer(name).HigherIsBetter));
    }

    [Theory]
    [InlineData("train_loss_step")]
    [InlineData("train_loss_epoch")]
    [InlineData("train/loss")]
    public void Step_and_epoch_variants_of_the_train_loss_are_train_loss_proxies(string name)
    {
        Assert.True(MetricNames.IsTrainLoss(name));
        Assert.Equal((MetricRole.Proxy, false), (MetricNames.Infer(name).Role, MetricNames.Infer(name).HigherIsBetter));
    }

    [Theory]
    [InlineData("val_acc_epoch")]
    [InlineData("train_acc_step")]
    public void Step_and_epoch_variants_of_an_accuracy_are_business_metrics(string name) =>
        Assert.Equal((MetricRole.Business, true), (MetricNames.Infer(name).Role, MetricNames.Infer(name).HigherIsBetter));

    [Theory]
    [InlineData("global_step")]
    [InlineData("epoch")]
    [InlineData("trainer/global_step")]
    public void Step_counters_stay_other(string name) =>
        Assert.Equal(MetricRole.Other, MetricNames.Infer(name).Role);

    [Theory]
    [InlineData("lr-AdamW")]
    [InlineData("lr-AdamW/pg1")]
    [InlineData("lr-SGD-momentum")]
    [InlineData("system/gpu_0_memory_usage_megabytes")]
    [InlineData("system/cpu_utilization_percentage")]
    public void Learning_rate_monitor_and_mlflow_system_metrics_are_not_business_metrics(string name) =>
        Assert.Equal(MetricRole.Other, MetricNames.Infer(name).Role);

    [Fact]
    public void A_metric_merely_starting_with_lr_letters_is_not_caught()
    {
        Assert.Equal(MetricRole.Business, MetricNames.Infer("lrs_accuracy").Role);
    }
}
