using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class WinnerWithinNoiseDetectorTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 200, Permutations: 500);

    private static List<Finding> Detect(Core.Model.RunSet runs) => [.. WinnerWithinNoiseDetector.Default.Detect(new AnalysisContext(runs, Options))];

    [Fact]
    public void A_noise_winner_is_flagged_with_best_versus_runner_up_evidence()
    {
        Finding f = Assert.Single(Detect(NoiseRunSets.P2(new Random(8), 0)), x => x.Code == "LL602");
        Assert.True((double)f.Evidence["p"]! >= 0.05);
        Assert.NotEqual(f.Evidence["best"], f.Evidence["runner_up"]);
        double[] ci = Assert.IsType<double[]>(f.Evidence["p_superiority_ci"]);
        Assert.True(ci[0] <= (double)f.Evidence["p_superiority"]! && (double)f.Evidence["p_superiority"]! <= ci[1]);
        Assert.Contains(Assert.Single(f.Plots).Categories, c => c.Highlight && ((string)f.Evidence["best"]!).Contains(c.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void Underpowered_advises_how_many_more_seeds_to_run()
    {
        Finding f = Assert.Single(Detect(NoiseRunSets.P2(new Random(9), 0.8, configs: 2)), x => x.Code == "LL607");
        double needed = (double)f.Evidence["seeds_needed"]!;
        Assert.True(needed > 5);
        Assert.Contains($"run {needed - 5:0} more seeds", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_configs_are_not_tested_with_the_max_statistic()
    {
        Assert.DoesNotContain(Detect(NoiseRunSets.P2(new Random(10), 0, configs: 2)), f => f.Code == "LL602");
    }

    [Fact]
    public void The_same_input_gives_identical_evidence()
    {
        var a = Detect(NoiseRunSets.P2(new Random(11), 0)).Select(f => f.Message).ToList();
        var b = Detect(NoiseRunSets.P2(new Random(11), 0)).Select(f => f.Message).ToList();
        Assert.Equal(a, b);
    }

    /// <summary>
    /// Two configs 2e-7 apart with within SD 0.01: seeds to detect that Δ would overflow an int (2^31). The difference is
    /// far below business_delta (0.01), so LL607 asks for the seeds that detect 0.01 instead.
    /// </summary>
    [Fact]
    public void A_near_tie_asks_for_the_seeds_that_detect_the_difference_that_matters()
    {
        double[] noise = [-0.012, -0.004, 0.0, 0.005, 0.011];
        var rows = noise.SelectMany((e, s) => new[] { ("cfg=a", "ds", s, 0.7 + e), ("cfg=b", "ds", s, 0.7 + 2e-7 + noise[(s + 2) % 5]) });

        Finding f = Assert.Single(Detect(NoiseRunSets.Build(rows)), x => x.Code == "LL607");

        double needed = (double)f.Evidence["seeds_needed"]!;
        Assert.InRange(needed, 6, 100);
        Assert.Contains("below the 0.01 that matters", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_below_what_matters_that_the_seeds_at_hand_would_detect_is_not_underpowered()
    {
        double[] noise = [-0.002, -0.001, 0.0, 0.001, 0.002];
        var rows = noise.SelectMany((e, s) => new[] { ("cfg=a", "ds", s, 0.7 + e), ("cfg=b", "ds", s, 0.7005 + noise[(s + 2) % 5]) });
        Assert.DoesNotContain(Detect(NoiseRunSets.Build(rows)), x => x.Code == "LL607");
    }
}
