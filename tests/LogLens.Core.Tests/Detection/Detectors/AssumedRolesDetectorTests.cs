using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL003 AssumedMetricRoles on its scenario fixture (fixtures/scenarios/logs-assumed-roles) and the clean twin.</summary>
public sealed class AssumedRolesDetectorTests
{
    [Fact]
    public void The_logs_assumed_roles_scenario_gets_one_LL003_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(AssumedRolesDetector.Default, "logs-assumed-roles"));
        Assert.Equal(("LL003", "LL003:"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_logs_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(AssumedRolesDetector.Default, "logs-clean"));
}
