using BenchmarkDotNet.Attributes;
using LogLens.Core.Statistics;

namespace LogLens.Benchmarks;

/// <summary>
/// The resampling tests at the sizes the detectors use: a bootstrap CI of a mean (B = 2000) and of P(X &gt; Y)
/// for 10 seeds, and the max-statistic permutation test (B = 10,000) over 8 configs × 5 seeds.
/// </summary>
[MemoryDiagnoser]
public class ResamplingBenchmarks
{
    private double[] x = [];
    private double[] y = [];
    private double[][] groups = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        x = [.. Enumerable.Range(0, 10).Select(_ => 0.70 + (0.02 * random.NextDouble()))];
        y = [.. Enumerable.Range(0, 10).Select(_ => 0.71 + (0.02 * random.NextDouble()))];
        groups = [.. Enumerable.Range(0, 8).Select(g => Enumerable.Range(0, 5).Select(_ => 0.7 + (0.001 * g) + (0.02 * random.NextDouble())).ToArray())];
    }

    [Benchmark]
    public double BootstrapMean() => Bootstrap.PercentileInterval(x, v => v.Average(), new Random(1), 2000).Low;

    [Benchmark]
    public double BootstrapSuperiority() => Bootstrap.ProbabilityOfSuperiorityInterval(x, y, new Random(1), 2000).Low;

    [Benchmark]
    public double PermutationMaxStatistic() => Permutation.MaxStatisticP(groups, new Random(1), 10_000);
}
