using System.Globalization;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL201–LL204 and LL606 on hand-built inputs: normalisation, labels, small slices, declared slice datasets, too few samples.</summary>
public sealed class DataDetectorEdgeTests
{
    [Theory]
    [InlineData("nan")]
    [InlineData("ties")]
    [InlineData("short")]
    public void Degenerate_sweeps_give_no_finding_or_finite_ones_never_an_exception(string variant)
    {
        var rng = new Random(4);
        RunSet grid = variant == "short" ? TuningRunSets.Grid(rng, 0, seeds: 1) : TuningRunSets.Grid(rng, 0);
        var runs = grid.Runs.Select((r, i) => r with
        {
            Scores = [.. r.Scores.Select(s => s with { Value = variant == "ties" ? 0.5 : (variant == "nan" && i % 3 == 0 ? double.NaN : s.Value) })],
            Samples = [.. Enumerable.Range(0, 40).Select(p => new Sample($"p{p}", 0, variant == "ties" ? "a" : p.ToString(CultureInfo.InvariantCulture), Correct: variant == "ties" || p % 2 == 0, Slice: p < 5 ? "edge" : "common", Expected: "a"))],
        });
        RunSet set = RunSet.Create(runs, grid.Config);
        Core.Detection.IDetector[] detectors =
            [UnresponsiveSliceDetector.Default, FrequentSliceGainDetector.Default, SliceTooSmallDetector.Default, ConflictingLabelsDetector.Default, SampleInconsistencyDetector.Default, TuningSaturatedDetector.Default];

        var findings = detectors.SelectMany(d => EvalRunSets.Detect(d, set)).ToList();

        Assert.All(findings.SelectMany(f => f.Evidence.Items).Select(i => i.Value).OfType<double>(), v => Assert.False(double.IsInfinity(v)));
        Assert.DoesNotContain(findings, f => f.Code is "LL201" or "LL202" or "LL606");
    }
}
