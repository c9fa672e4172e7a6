using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL501 RetrievalDominates on its scenario fixture (fixtures/scenarios/rag-flagged) and the clean twin.</summary>
public sealed class RetrievalDominatesDetectorTests
{
    [Fact]
    public void The_rag_flagged_scenario_gets_one_LL501_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(RetrievalDominatesDetector.Default, "rag-flagged"));
        Assert.Equal(("LL501", "LL501:metric=eval/answer_correctness;dataset=kb-questions"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_rag_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(RetrievalDominatesDetector.Default, "rag-clean"));
}
