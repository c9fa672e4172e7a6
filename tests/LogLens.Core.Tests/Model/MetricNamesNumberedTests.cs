using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Model;

public sealed class MetricNamesNumberedTests
{
    [Theory]
    [InlineData("x/lr0")]
    [InlineData("x/lr2")]
    [InlineData("train/epoch1")]
    public void A_numbered_bookkeeping_name_is_not_a_business_metric(string name) =>
        Assert.Equal(MetricRole.Other, MetricNames.Infer(name).Role);

    [Theory]
    [InlineData("eval/rouge1", MetricRole.Proxy)]
    [InlineData("eval/f1", MetricRole.Business)]
    [InlineData("metrics/mAP_0.5", MetricRole.Business)]
    public void A_numbered_metric_keeps_its_role(string name, MetricRole role) =>
        Assert.Equal(role, MetricNames.Infer(name).Role);
}
