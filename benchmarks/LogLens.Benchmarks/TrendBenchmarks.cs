using BenchmarkDotNet.Attributes;
using LogLens.Core.Statistics;

namespace LogLens.Benchmarks;

/// <summary>Mann–Kendall (with and without Hamed–Rao) and Sen's slope on a noisy 10k-point decaying curve.</summary>
[MemoryDiagnoser]
public class TrendBenchmarks
{
    private double[] steps = [];
    private double[] values = [];

    [Params(10_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        steps = [.. Enumerable.Range(1, Points).Select(i => (double)i)];
        values = [.. steps.Select(s => Math.Exp(-s / Points) + (0.05 * random.NextDouble()))];
    }

    [Benchmark]
    public double MannKendallTest() => MannKendall.Test(values).P;

    [Benchmark]
    public double MannKendallHamedRao() => MannKendall.Test(values, hamedRaoCorrection: true).P;

    [Benchmark]
    public double SenSlopeEstimate() => SenSlope.Estimate(steps, values).Slope;
}
