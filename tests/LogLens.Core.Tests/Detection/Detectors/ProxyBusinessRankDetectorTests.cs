using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md, P1 across configs: K configs × 3 seeds, config proxy z ~ N(0,1), config business
/// ρ·z + √(1−ρ²)·e; seeds add small noise (0.1 SD on the config scale) to both. The proxy is logged as a loss.
/// </summary>
public sealed class ProxyBusinessRankDetectorTests(ITestOutputHelper output)
{
    private const int Replicates = 200;
    private static readonly AnalysisOptions Options = new(Seed: 7, Resamples: 300);

    [Fact]
    public void A_proxy_that_tracks_the_business_metric_is_not_flagged()
    {
        double rate = EvalRunSets.Rate(Replicates, 10_000, r => Flags(r, 12, 0.8, "LL302", "LL303"));
        output.WriteLine($"LL302/LL303 rate, rho = 0.8, 12 configs: {rate:0.###}");
        Assert.True(rate <= EvalRunSets.FalsePositiveBound(Replicates), $"false-positive rate {rate}");
    }

    [Fact]
    public void An_unrelated_proxy_is_flagged_uninformative_with_24_configs()
    {
        double rate = EvalRunSets.Rate(Replicates, 20_024, r => Flags(r, 24, 0, "LL302"));
        output.WriteLine($"LL302 rate, rho = 0, 24 configs: {rate:0.###}");
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    /// <summary>
    /// LL303 rejects at the Evaluation question's share of α (0.05 / 5 = 0.01, docs/methods.md "Multiplicity"), so on
    /// its own it reaches ≈ 60% power at ρ = −0.6 with 24 configs (measured 0.615); the question it answers — is the
    /// evaluation misleading? — is answered yes (LL302 or LL303) in at least 80%.
    /// </summary>
    [Fact]
    public void An_anti_correlated_proxy_is_flagged_with_24_configs()
    {
        double anti = EvalRunSets.Rate(Replicates, 30_024, r => Flags(r, 24, -0.6, "LL303"));
        double either = EvalRunSets.Rate(Replicates, 30_024, r => Flags(r, 24, -0.6, "LL302", "LL303"));
        output.WriteLine($"LL303 rate, rho = -0.6, 24 configs: {anti:0.###}; LL302 or LL303: {either:0.###}");
        Assert.True(anti >= 0.5 && either >= EvalRunSets.PowerBound(Replicates, 0.8), $"LL303 {anti}, either {either}");
    }

    /// <summary>
    /// At 12 configs the 80% target of docs/methods.md is out of reach for LL302 as specified: under ρ = 0 the SE of τ̂
    /// is ≈ 0.22, so "CI upper &lt; 0.5" needs τ̂ &lt; ≈ 0.14, which happens ≈ 70% of the time (measured 0.61 with
    /// the bootstrap). The test pins the measured rate instead; 24 configs reach the target (above).
    /// </summary>
    [Fact]
    public void An_unrelated_proxy_is_flagged_uninformative_in_most_12_config_sweeps()
    {
        double rate = EvalRunSets.Rate(Replicates, 20_012, r => Flags(r, 12, 0, "LL302"));
        output.WriteLine($"LL302 rate, rho = 0, 12 configs: {rate:0.###}");
        Assert.True(rate >= 0.5, $"power {rate}");
    }

    /// <summary>
    /// ρ = −0.6 gives τ ≈ −0.41; at n = 12 the exact two-sided test at the Evaluation question's 1% needs |τ̂| ≥ 0.55,
    /// so LL303's power is ≈ 20% (measured 0.205; 0.425 at an unshared 5%). The sweep is still reported as misleading:
    /// LL302 or LL303 fires in most replicates (measured 0.97; the proxy is at least shown to be uninformative).
    /// </summary>
    [Fact]
    public void An_anti_correlated_proxy_is_flagged_misleading_in_12_config_sweeps()
    {
        double anti = EvalRunSets.Rate(Replicates, 30_012, r => Flags(r, 12, -0.6, "LL303"));
        double either = EvalRunSets.Rate(Replicates, 30_012, r => Flags(r, 12, -0.6, "LL302", "LL303"));
        output.WriteLine($"LL303 rate, rho = -0.6, 12 configs: {anti:0.###}; LL302 or LL303: {either:0.###}");
        Assert.True(anti >= 0.15 && either >= EvalRunSets.PowerBound(Replicates, 0.8), $"LL303 {anti}, either {either}");
    }

    internal static RunSet Sweep(Random random, int configs, double rho, int seeds = 3)
    {
        var runs = new List<Run>();
        for (int c = 0; c < configs; c++)
        {
            double z = EvalRunSets.Normal(random);
            double business = (rho * z) + (Math.Sqrt(1 - (rho * rho)) * EvalRunSets.Normal(random));
            for (int s = 0; s < seeds; s++)
            {
                double loss = 1 - (0.1 * (z + (0.1 * EvalRunSets.Normal(random))));
                double accuracy = 0.7 + (0.05 * (business + (0.1 * EvalRunSets.Normal(random))));
                runs.Add(EvalRunSets.Run(
                    $"c{c:00}-s{s}",
                    [("lr", $"c{c:00}"), ("seed", $"{s}")],
                    scores: [new Score(RunSet.DefaultDataset, "eval/loss", loss), new Score(RunSet.DefaultDataset, "eval/accuracy", accuracy)]));
            }
        }

        return EvalRunSets.Set(runs);
    }

    private static bool Flags(Random random, int configs, double rho, params string[] codes) =>
        EvalRunSets.Detect(ProxyBusinessRankDetector.Default, Sweep(random, configs, rho), Options).Any(f => codes.Contains(f.Code));
}
