using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Tests.Reporting.Baselines;

public sealed class BaselineComparisonTests
{
    [Fact]
    public void A_finding_whose_id_is_in_the_baseline_is_persisting_and_the_others_are_new()
    {
        AnalysisResult result = SampleResult.Create();
        BaselineComparison comparison = BaselineComparison.Compare(result, SampleBaseline.Create());

        var states = result.Findings.ToDictionary(f => f.Code, comparison.StateOf);
        Assert.Equal(BaselineState.Persisting, states["LL601"]);
        Assert.Equal(BaselineState.New, states["LL301"]);
        Assert.Equal(BaselineState.New, states["LL003"]);
    }

    [Fact]
    public void Baseline_findings_that_are_gone_are_resolved_in_the_baseline_order()
    {
        BaselineComparison comparison = SampleBaseline.Compare();

        Assert.Equal(["LL101", "LL999"], comparison.Resolved.Select(f => f.Code));
        Assert.Equal((2, 1), (comparison.New, comparison.Persisting));
    }

    [Fact]
    public void A_result_compared_with_its_own_findings_has_nothing_new_and_nothing_resolved()
    {
        AnalysisResult result = SampleResult.Create();
        var own = new Baseline("self.json", [.. result.Findings.Select(f => new BaselineFinding(f.Id, f.Code, f.Descriptor.Name, f.Severity, f.Subject, f.Message))]);

        BaselineComparison comparison = BaselineComparison.Compare(result, own);

        Assert.Equal((0, result.Findings.Length, 0), (comparison.New, comparison.Persisting, comparison.Resolved.Length));
    }

    [Fact]
    public void Finding_ids_are_the_same_when_the_same_input_is_analysed_again() =>
        Assert.Equal(SampleResult.Create().Findings.Select(f => f.Id), SampleResult.Create().Findings.Select(f => f.Id));
}
