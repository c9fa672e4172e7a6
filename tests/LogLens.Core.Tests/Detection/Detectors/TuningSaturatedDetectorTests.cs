using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL901 TuningSaturated on its scenario fixture (fixtures/scenarios/saturation-flagged) and the clean twin.</summary>
public sealed class TuningSaturatedDetectorTests
{
    [Fact]
    public void The_saturation_flagged_scenario_gets_one_LL901_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(TuningSaturatedDetector.Default, "saturation-flagged"));
        Assert.Equal(("LL901", "LL901:metric=accuracy"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_saturation_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(TuningSaturatedDetector.Default, "saturation-clean"));
}
