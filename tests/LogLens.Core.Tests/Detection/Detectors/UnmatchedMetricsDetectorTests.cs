using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL007 UnmatchedConfiguredMetric on its scenario fixture (fixtures/scenarios/logs-unmatched-metric) and the clean twin.</summary>
public sealed class UnmatchedMetricsDetectorTests
{
    [Fact]
    public void The_logs_unmatched_metric_scenario_gets_one_LL007_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(UnmatchedMetricsDetector.Default, "logs-unmatched-metric"));
        Assert.Equal(("LL007", "LL007:metric=eval_loss"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_logs_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(UnmatchedMetricsDetector.Default, "logs-clean"));
}
