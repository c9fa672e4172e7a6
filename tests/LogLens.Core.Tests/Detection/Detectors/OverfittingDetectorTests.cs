using LogLens.Core.Detection.Detectors;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL103 Overfitting on its scenario fixture (fixtures/scenarios/evaluation-flagged) and the clean twin.</summary>
public sealed class OverfittingDetectorTests
{
    [Fact]
    public void The_evaluation_flagged_scenario_gets_LL103_on_the_eval_loss()
    {
        var findings = Scenarios.Detect(OverfittingDetector.Default, "evaluation-flagged");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(("LL103", "eval/loss"), (f.Code, f.Subject.Metric)));
    }

    [Fact]
    public void The_evaluation_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(OverfittingDetector.Default, "evaluation-clean"));
}
