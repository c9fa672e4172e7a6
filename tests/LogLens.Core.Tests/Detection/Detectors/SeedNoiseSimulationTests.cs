using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>docs/methods.md: 10 configs × 5 seeds of N(0,1), one config shifted by d; R = 200 from a fixed master seed.</summary>
public sealed class SeedNoiseSimulationTests(ITestOutputHelper output)
{
    private const int R = 200;
    private static readonly AnalysisOptions Options = new(Seed: 7, Resamples: 100, Permutations: 200);

    [Fact]
    public void Under_pure_noise_a_significant_winner_is_claimed_at_most_at_the_nominal_rate()
    {
        double claimed = Rate(11, 0, r => !Codes(WinnerWithinNoiseDetector.Default, r).Contains("LL602"));
        Assert.InRange(claimed, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void A_three_sigma_winner_is_detected_at_least_ninety_percent_of_the_time()
    {
        double detected = Rate(12, 3, r => !Codes(WinnerWithinNoiseDetector.Default, r).Contains("LL602"));
        Assert.True(detected >= 0.90, $"winner detected in {detected:P1}");
    }

    [Fact]
    public void A_small_shift_is_mostly_reported_as_within_noise()
    {
        double within = Rate(13, 0.2, r => Codes(WinnerWithinNoiseDetector.Default, r).Contains("LL602"));
        Assert.True(within >= 0.90, $"LL602 in {within:P1}");
    }

    [Fact]
    public void Seed_noise_dominates_is_flagged_under_pure_noise_when_the_data_exclude_a_difference_that_matters()
    {
        // What would matter is 5 noise SDs: 10 configs × 5 seeds bound every difference (simultaneous 95%) at about 3.7σ.
        double flagged = Rate(14, 0, r => Codes(SeedNoiseDetector.Default, r).Contains("LL601"), delta: 5);
        Assert.True(flagged >= 0.90, $"LL601 in {flagged:P1}");
    }

    [Fact]
    public void Pure_noise_is_not_called_within_noise_when_the_data_cannot_exclude_a_difference_that_matters()
    {
        // One noise SD would matter, and 5 seeds cannot bound differences that tightly: "can't tell" (LL607), not LL601.
        double flagged = Rate(18, 0, r => Codes(SeedNoiseDetector.Default, r).Contains("LL601"), delta: 1);
        Assert.InRange(flagged, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void Seed_noise_dominates_is_not_flagged_when_configs_really_differ()
    {
        double flagged = Rate(15, 0, r => Codes(SeedNoiseDetector.Default, r).Contains("LL601"), betweenSd: 3, delta: 4);
        Assert.InRange(flagged, 0, EvalRunSets.FalsePositiveBound(R));
    }

    [Fact]
    public void A_significant_F_test_is_never_called_within_noise_even_with_a_low_ICC()
    {
        // A small real effect (between SD 0.5σ) with 40 seeds: the F-test rejects although ICC(1) stays below 0.5.
        double flagged = Rate(19, 0, r => Codes(SeedNoiseDetector.Default, r).Contains("LL601"), betweenSd: 0.5, delta: 4, seeds: 40);
        Assert.InRange(flagged, 0, 0.10);
    }

    [Fact]
    public void Underpowered_is_reported_for_a_noise_level_winner_but_not_for_a_clear_one()
    {
        double noise = Rate(16, 0, r => Codes(WinnerWithinNoiseDetector.Default, r).Contains("LL607"));
        double clear = Rate(17, 3, r => Codes(WinnerWithinNoiseDetector.Default, r).Contains("LL607"));
        Assert.True(noise >= 0.80 && clear <= 0.20, $"LL607 noise {noise:P1}, clear winner {clear:P1}");
    }

    private static HashSet<string> Codes(IDetector detector, Core.Model.RunSet runs) =>
        [.. detector.Detect(new AnalysisContext(runs, Options)).Select((Finding f) => f.Code)];

    private double Rate(int masterSeed, double shift, Func<Core.Model.RunSet, bool> hit, double betweenSd = 0, double? delta = null, int seeds = 5)
    {
        var rng = new Random(masterSeed);
        int hits = 0;
        for (int i = 0; i < R; i++)
        {
            hits += hit(NoiseRunSets.P2(rng, shift, seeds: seeds, betweenSd: betweenSd, businessDelta: delta)) ? 1 : 0;
        }

        double rate = (double)hits / R;
        output.WriteLine($"P2 seed {masterSeed}, d = {shift}, between SD {betweenSd}, delta {delta}, seeds {seeds}: rate {rate:0.000}");
        return rate;
    }
}
