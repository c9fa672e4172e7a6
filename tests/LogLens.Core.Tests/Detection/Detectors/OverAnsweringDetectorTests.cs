using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL403 OverAnswering on its scenario fixture (fixtures/scenarios/system-flagged) and the clean twin.</summary>
public sealed class OverAnsweringDetectorTests
{
    [Fact]
    public void The_system_flagged_scenario_gets_one_LL403_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(OverAnsweringDetector.Default, "system-flagged"));
        Assert.Equal(("LL403", "LL403:slice=must_refuse"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_system_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(OverAnsweringDetector.Default, "system-clean"));
}
