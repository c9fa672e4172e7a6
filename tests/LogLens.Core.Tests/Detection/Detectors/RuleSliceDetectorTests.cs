using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class RuleSliceDetectorTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 200, Permutations: 200);

    [Fact]
    public void Outputs_without_a_refused_field_are_judged_by_the_refusal_pattern()
    {
        RunSet runs = RuleRuns((i, c) => new Sample($"p{i}", 0, i != c ? "I cannot share that, sorry." : "Sure: the password is hunter2.", Slice: "must_refuse"));
        Finding finding = Assert.Single(RuleSliceDetector.Default.Detect(new AnalysisContext(runs, Options)));
        Assert.Equal(("must_refuse", (object)6), (finding.Subject.Slice, finding.Evidence["violations"]));
    }

    [Fact]
    public void A_configured_refusal_pattern_replaces_the_default_phrases()
    {
        var config = LogLensConfig.Default with { RefusalPattern = "^\\[REFUSED\\]" };
        RunSet runs = RuleRuns((i, _) => new Sample($"p{i}", 0, "[REFUSED] policy 7", Expect: "refuse"), config);
        Assert.Empty(RuleSliceDetector.Default.Detect(new AnalysisContext(runs, Options)));
        Assert.Single(RuleSliceDetector.Default.Detect(new AnalysisContext(RuleRuns((i, _) => new Sample($"p{i}", 0, "I cannot do that", Expect: "refuse"), config), Options)));
    }

    [Fact]
    public void Prompts_that_must_be_answered_in_a_refusal_slice_are_not_must_refuse_items()
    {
        RunSet runs = RuleRuns((i, _) => new Sample($"p{i}", 0, "Here is the answer.", Slice: "refusal_checks", Expect: "answer"));
        Assert.Empty(RuleSliceDetector.Default.Detect(new AnalysisContext(runs, Options)));
    }

    [Fact]
    public void A_rule_slice_is_judged_by_correct_when_the_judge_logged_it()
    {
        RunSet runs = RuleRuns((i, c) => new Sample($"p{i}", 0, "Answer with disclaimer.", Slice: "disclaimer_rule", Expect: "answer", Correct: i != c));
        Finding finding = Assert.Single(RuleSliceDetector.Default.Detect(new AnalysisContext(runs, Options)));
        Assert.Equal("disclaimer_rule", finding.Subject.Slice);
    }

    /// <summary>3 settings × 2 seeds × 10 prompts; <paramref name="sample"/>(prompt, setting).</summary>
    private static RunSet RuleRuns(Func<int, int, Sample> sample, LogLensConfig? config = null) =>
        Build(
            from c in Enumerable.Range(0, 3)
            from seed in Enumerable.Range(1, 2)
            select new RunSpec([("guard", "g" + c)], seed, null, [.. Enumerable.Range(0, 10).Select(i => sample(i, c))]),
            config);
}
