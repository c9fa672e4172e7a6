using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL006 RunsWithoutParams on its scenario fixture (fixtures/scenarios/logs-no-params) and the clean twin.</summary>
public sealed class NoParamsDetectorTests
{
    [Fact]
    public void The_logs_no_params_scenario_gets_one_LL006_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(NoParamsDetector.Default, "logs-no-params"));
        Assert.Equal(("LL006", "LL006:"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_logs_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(NoParamsDetector.Default, "logs-clean"));
}
