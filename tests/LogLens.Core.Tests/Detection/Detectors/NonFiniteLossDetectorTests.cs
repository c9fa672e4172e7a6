using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL101 NonFiniteLoss on its scenario fixture (fixtures/scenarios/evaluation-flagged) and the clean twin.</summary>
public sealed class NonFiniteLossDetectorTests
{
    [Fact]
    public void The_evaluation_flagged_scenario_gets_one_LL101_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(NonFiniteLossDetector.Default, "evaluation-flagged"));
        Assert.Equal(("LL101", "LL101:run=lr-1e-4_r-8/seed-3;metric=train/loss"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_evaluation_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(NonFiniteLossDetector.Default, "evaluation-clean"));
}
