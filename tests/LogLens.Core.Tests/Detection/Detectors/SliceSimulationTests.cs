using LogLens.Core.Detection.Detectors;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md slices: 4×3×3 grid × 2 seeds, 160 common + 50 edge prompts per run; the best lr lifts the
/// common slice by 0.10. Edge slice stuck at p = .6 → LL201 (≥ 80%) and LL202; edge slice lifted like the
/// common one → neither (≤ α + 2.6 SE). R = 200 (long mode: 2000).
/// </summary>
public sealed class SliceSimulationTests(ITestOutputHelper output)
{
    private static readonly int R = LongSimulations.Replicates(200);
    private static readonly Core.Detection.AnalysisOptions Options = new(Seed: 9, Resamples: 100, Permutations: 200);

    /// <summary>The METHODS row, on samples.jsonl-style input; the other cases log the same draws as slice scores (faster).</summary>
    [Fact]
    public void A_stuck_edge_slice_is_flagged_unresponsive_at_least_eighty_percent_of_the_time()
    {
        double rate = Rate(201, UnresponsiveSliceDetector.Default, edgeShift: 0, asScores: false);
        Assert.InRange(rate, EvalRunSets.PowerBound(R, 0.80), 1);
    }

    [Fact]
    public void An_edge_slice_that_moves_with_the_overall_metric_is_rarely_flagged_unresponsive()
    {
        double rate = Rate(202, UnresponsiveSliceDetector.Default, edgeShift: 0.10);
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void A_gain_confined_to_the_frequent_slice_is_flagged_at_least_eighty_percent_of_the_time()
    {
        double rate = Rate(203, FrequentSliceGainDetector.Default, edgeShift: 0);
        Assert.InRange(rate, EvalRunSets.PowerBound(R, 0.80), 1);
    }

    [Fact]
    public void A_gain_shared_by_every_slice_is_rarely_flagged_as_confined_to_the_frequent_one()
    {
        double rate = Rate(204, FrequentSliceGainDetector.Default, edgeShift: 0.10);
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void Without_any_parameter_effect_no_slice_is_flagged()
    {
        double rate = Rate(205, UnresponsiveSliceDetector.Default, edgeShift: 0, shift: 0);
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(R));
    }

    private double Rate(int masterSeed, Core.Detection.IDetector detector, double edgeShift, double shift = 0.10, bool asScores = true)
    {
        double rate = EvalRunSets.Rate(R, masterSeed, rng =>
            EvalRunSets.Detect(detector, SliceRunSets.Grid(rng, shift, edgeShift, asScores: asScores), Options).Any(f => f.Subject.Slice == "edge"));
        string data = asScores ? "scores" : "samples";
        output.WriteLine($"P6 slices, {detector.Descriptors[0].Code}, shift {shift}, edge shift {edgeShift}, {data}: rate {rate:0.000} (R = {R})");
        return rate;
    }
}
