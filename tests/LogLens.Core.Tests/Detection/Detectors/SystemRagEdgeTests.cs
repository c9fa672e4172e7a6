using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

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

    private static RunSpec Spec(Run run, double value) =>
        new([.. run.Params.Where(p => p.Key != "seed").Select(p => (p.Key, p.Value))], int.Parse(run.Params["seed"], System.Globalization.CultureInfo.InvariantCulture), value, []);

    private static List<Finding> Detect(RunSet runs) => [.. All.SelectMany(d => d.Detect(new AnalysisContext(runs, Options)))];
}
