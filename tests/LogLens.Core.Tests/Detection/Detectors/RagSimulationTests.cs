using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;
using Xunit.Abstractions;
using static LogLens.Core.Tests.Detection.SystemRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md for LL501–LL503 on a RAG sweep (top_k × chunk_size × temperature × 3 seeds, N(0,1) noise):
/// false-positive rate ≤ α + 2.6·SE and power, R = 200 from fixed master seeds (2000 with LOGLENS_LONG_SIMULATIONS=1).
/// </summary>
public sealed class RagSimulationTests(ITestOutputHelper output)
{
    private static readonly AnalysisOptions Options = new(Seed: 5, Resamples: 200, Permutations: 200);
    private static readonly string[] TopK = ["2", "5", "10"], Chunks = ["256", "512"], Temperatures = ["0.2", "0.7", "1.0"];
    private static readonly string[] TrendTopK = ["2", "4", "8", "16"];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    public void LL501_is_raised_at_most_at_the_nominal_rate_when_retrieval_and_generation_matter_equally(double retrieval, double generation)
    {
        double rate = Rate($"LL501 retrieval {retrieval}σ = generation {generation}σ", 501_000 + (int)(retrieval * 10), r => Fires(RetrievalDominatesDetector.Default, Sweep(r, retrieval, generation)));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL501_finds_retrieval_dominating_when_only_top_k_matters()
    {
        double rate = Rate("LL501 retrieval 1σ, generation 0", 501_100, r => Fires(RetrievalDominatesDetector.Default, Sweep(r, 1, 0)));
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    [Fact]
    public void LL503_is_raised_at_most_at_the_nominal_rate_when_temperature_has_a_one_sigma_effect()
    {
        double rate = Rate("LL503 generation 1σ", 503_000, r => Fires(GenerationTuningDetector.Default, Sweep(r, 1, 1)));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL503_finds_generation_tuning_without_effect()
    {
        double rate = Rate("LL503 generation 0", 503_100, r => Fires(GenerationTuningDetector.Default, Sweep(r, 1, 0)));
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void LL502_is_raised_at_most_at_the_nominal_rate_without_a_falling_trend(double slope)
    {
        double rate = Rate($"LL502 slope {slope}σ per doubling", 502_000 + (int)(slope * -10), r => Fires(TopKConflictDetector.Default, TrendSweep(r, slope)));
        Assert.InRange(rate, 0, EvalRunSets.FalsePositiveBound(Replicates));
    }

    [Fact]
    public void LL502_finds_the_metric_falling_by_half_a_sigma_per_top_k_doubling()
    {
        double rate = Rate("LL502 slope 0.5σ per doubling", 502_100, r => Fires(TopKConflictDetector.Default, TrendSweep(r, 0.5)));
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    /// <summary>top_k × chunk_size × temperature × 3 seeds; top_k shifts the metric by ±<paramref name="retrieval"/>·σ, temperature by ±<paramref name="generation"/>·σ.</summary>
    internal static RunSet Sweep(Random rng, double retrieval, double generation) =>
        Build(
            from config in Grid(("top_k", TopK), ("chunk_size", Chunks), ("temperature", Temperatures))
            let mean = (retrieval * (Level(config, "top_k", TopK) - 1)) + (generation * (Level(config, "temperature", Temperatures) - 1))
            from seed in Enumerable.Range(1, 3)
            select new RunSpec(config, seed, mean + Normal(rng), []));

    /// <summary>top_k ∈ {2, 4, 8, 16} × chunk_size × temperature × 3 seeds; the metric falls by <paramref name="drop"/>·σ per doubling of top_k.</summary>
    internal static RunSet TrendSweep(Random rng, double drop) =>
        Build(
            from config in Grid(("top_k", TrendTopK), ("chunk_size", Chunks), ("temperature", ["0.2", "0.7"]))
            let mean = -drop * Level(config, "top_k", TrendTopK)
            from seed in Enumerable.Range(1, 3)
            select new RunSpec(config, seed, mean + Normal(rng), []));

    private static bool Fires(IDetector detector, RunSet runs) => detector.Detect(new AnalysisContext(runs, Options)).Any();

    private double Rate(string scenario, int masterSeed, Func<Random, bool> flagged)
    {
        double rate = EvalRunSets.Rate(Replicates, masterSeed, flagged);
        output.WriteLine($"{scenario}: rate {rate:0.000} (R = {Replicates})");
        return rate;
    }
}
