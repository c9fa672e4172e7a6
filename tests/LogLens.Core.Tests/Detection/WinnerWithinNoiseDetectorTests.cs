using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection;

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
}
