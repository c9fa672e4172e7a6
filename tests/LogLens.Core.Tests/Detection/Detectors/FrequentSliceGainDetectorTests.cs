using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL202 GainOnlyOnFrequentSlice on its scenario fixture (fixtures/scenarios/data-flagged) and the clean twin.</summary>
public sealed class FrequentSliceGainDetectorTests
{
    [Fact]
    public void The_data_flagged_scenario_gets_one_LL202_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(FrequentSliceGainDetector.Default, "data-flagged"));
        Assert.Equal(("LL202", "LL202:metric=correct;dataset=default;slice=edge_cases"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_data_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(FrequentSliceGainDetector.Default, "data-clean"));
}
