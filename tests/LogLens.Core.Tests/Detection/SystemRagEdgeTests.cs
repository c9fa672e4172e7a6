using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection;

/// <summary>Edge cases of LL401–LL403 and LL501–LL503: missing data, refusal detection, NaN, ties, direction and determinism.</summary>
public sealed class SystemRagEdgeTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 200, Permutations: 200);
    private static readonly IDetector[] All =
    [
        RuleSliceDetector.Default, RefusalUnresponsiveDetector.Default, OverAnsweringDetector.Default,
        RetrievalDominatesDetector.Default, TopKConflictDetector.Default, GenerationTuningDetector.Default,
    ];

    [Fact]
    public void Runs_without_samples_or_business_metrics_give_no_system_or_rag_findings()
    {
        RunSet runs = EvalRunSets.Set([EvalRunSets.Run("a", EvalRunSets.Series("train/loss", [3, 2, 1]))]);
        Assert.Empty(Detect(runs));
    }

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

    [Fact]
    public void NaN_scores_single_seeds_and_constant_metrics_give_no_exception_and_no_finding()
    {
        var rng = new Random(9);
        RunSet nan = Build(RagSimulationTests.Sweep(rng, 1, 0).Runs.Select((r, i) => Spec(r, i % 7 == 0 ? double.NaN : r.Scores[0].Value)));
        RunSet single = Build(RagSimulationTests.Sweep(rng, 1, 0).Runs.Where(r => r.Params["seed"] == "1").Select(r => Spec(r, r.Scores[0].Value)));
        RunSet constant = Build(RagSimulationTests.Sweep(rng, 1, 0).Runs.Select(r => Spec(r, 0.5)));
        Assert.All(Detect(nan), f => Assert.DoesNotContain("NaN", f.Message, StringComparison.Ordinal));
        Assert.Empty(Detect(single));
        Assert.Empty(Detect(constant));
    }

    [Fact]
    public void A_lower_is_better_metric_that_rises_with_top_k_is_a_top_k_conflict()
    {
        RunSet falling = RagSimulationTests.TrendSweep(new Random(4), 1);
        var config = falling.Config with { Metrics = falling.Config.Metrics.SetItem(Metric, new MetricSetting(MetricRole.Business, false)) };
        RunSet rising = RunSet.Create(falling.Runs.Select(r => r with { Scores = [r.Scores[0] with { Value = -r.Scores[0].Value }] }), config);
        Assert.Single(TopKConflictDetector.Default.Detect(new AnalysisContext(falling, Options)));
        Assert.Single(TopKConflictDetector.Default.Detect(new AnalysisContext(rising, Options)));
    }

    [Fact]
    public void The_same_input_and_seed_give_identical_findings()
    {
        RunSet runs = RagSimulationTests.Sweep(new Random(12), 1, 0);
        string first = string.Join("\n", Detect(runs).Select(f => f.Message + string.Join(",", f.Evidence.Items.Select(i => i.Value is double[] a ? string.Join(";", a) : i.Value.ToString()))));
        string second = string.Join("\n", Detect(runs).Select(f => f.Message + string.Join(",", f.Evidence.Items.Select(i => i.Value is double[] a ? string.Join(";", a) : i.Value.ToString()))));
        Assert.Contains("LL501", string.Join(",", Detect(runs).Select(f => f.Code)), StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_finding_carries_a_plot_named_after_its_code()
    {
        RunSet rag = RagSimulationTests.Sweep(new Random(12), 1, 0);
        RunSet system = SystemSimulationTests.RefusalSweep(new Random(13), [0.6, 0.6, 0.6]);
        var findings = Detect(rag).Concat(Detect(system)).ToList();
        Assert.Equal("LL401,LL402,LL501,LL503", string.Join(",", findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal)));
        Assert.All(findings, f => Assert.StartsWith(f.Code, Assert.Single(f.Plots).Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_business_metric_LL402_uses_the_accuracy_on_answerable_samples_as_the_overall_metric()
    {
        var rng = new Random(21);
        string[] lrs = ["1e-5", "1e-4", "1e-3"];
        var specs = from config in Grid(("learning_rate", lrs), ("temperature", ["0.2", "0.7", "1.0"]))
                    from seed in Enumerable.Range(1, 3)
                    let accuracy = 0.3 + (0.3 * Level(config, "learning_rate", lrs))
                    select new RunSpec(config, seed, null,
                    [
                        .. Enumerable.Range(0, 20).Select(i => MustRefuse($"r{i}", 0, rng.NextDouble() < 0.6)),
                        .. Enumerable.Range(0, 40).Select(i => new Sample($"a{i}", 0, "Answer.", Expect: "answer", Correct: rng.NextDouble() < accuracy)),
                    ]);
        Finding finding = Assert.Single(RefusalUnresponsiveDetector.Default.Detect(new AnalysisContext(Build(specs), Options)));
        Assert.Equal(("accuracy on answerable samples", "learning_rate"), (finding.Evidence["overall_metric"], finding.Evidence["overall_parameter"]));
    }

    private static RunSpec Spec(Run run, double value) =>
        new([.. run.Params.Where(p => p.Key != "seed").Select(p => (p.Key, p.Value))], int.Parse(run.Params["seed"], System.Globalization.CultureInfo.InvariantCulture), value, []);

    /// <summary>3 settings × 2 seeds × 10 prompts; <paramref name="sample"/>(prompt, setting).</summary>
    private static RunSet RuleRuns(Func<int, int, Sample> sample, LogLensConfig? config = null) =>
        Build(
            from c in Enumerable.Range(0, 3)
            from seed in Enumerable.Range(1, 2)
            select new RunSpec([("guard", "g" + c)], seed, null, [.. Enumerable.Range(0, 10).Select(i => sample(i, c))]),
            config);

    private static List<Finding> Detect(RunSet runs) => [.. All.SelectMany(d => d.Detect(new AnalysisContext(runs, Options)))];
}
