using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL004 NoReplicateSeeds on its scenario fixture (fixtures/scenarios/logs-single-seed) and the clean twin.</summary>
public sealed class NoReplicateSeedsDetectorTests
{
    [Fact]
    public void The_logs_single_seed_scenario_gets_one_LL004_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(NoReplicateSeedsDetector.Default, "logs-single-seed"));
        Assert.Equal(("LL004", "LL004:"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_logs_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(NoReplicateSeedsDetector.Default, "logs-clean"));
}
