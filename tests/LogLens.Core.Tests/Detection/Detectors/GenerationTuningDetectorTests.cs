using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL503 GenerationTuningIneffective on its scenario fixture (fixtures/scenarios/rag-flagged) and the clean twin.</summary>
public sealed class GenerationTuningDetectorTests
{
    [Fact]
    public void The_rag_flagged_scenario_gets_one_LL503_finding()
    {
        Finding finding = Assert.Single(Scenarios.Detect(GenerationTuningDetector.Default, "rag-flagged"));
        Assert.Equal(("LL503", "LL503:metric=eval/answer_correctness;dataset=kb-questions"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_rag_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(GenerationTuningDetector.Default, "rag-clean"));
}
