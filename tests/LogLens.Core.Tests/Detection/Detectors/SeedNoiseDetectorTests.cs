using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class SeedNoiseDetectorTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 200, Permutations: 500);

    [Fact]
    public void A_noise_only_sweep_gets_an_LL601_finding_with_the_documented_evidence()
    {
        Finding f = Assert.Single(SeedNoiseDetector.Default.Detect(new AnalysisContext(NoiseRunSets.P2(new Random(5), 0, businessDelta: 4), Options)));
        Assert.Equal(["icc", "icc_ci", "f", "p", "configs", "runs"], f.Evidence.Items.Take(6).Select(i => i.Key));
        Assert.Equal(10, f.Evidence["configs"]);
        Assert.Equal(50, f.Evidence["runs"]);
        Assert.StartsWith("Config differences on eval/accuracy (digits) are within seed noise: F ", f.Message, StringComparison.Ordinal);
        Assert.True((double)f.Evidence["difference_bound"]! < 4);
        Assert.Equal("LL601:metric=eval/accuracy;dataset=digits", f.Id);
    }

    [Fact]
    public void The_LL601_plot_is_a_spread_with_one_category_per_config()
    {
        Finding f = Assert.Single(SeedNoiseDetector.Default.Detect(new AnalysisContext(NoiseRunSets.P2(new Random(5), 0, businessDelta: 4), Options)));
        PlotSpec plot = Assert.Single(f.Plots);
        Assert.Equal(PlotKind.Spread, plot.Kind);
        Assert.StartsWith("LL601: ", plot.Title, StringComparison.Ordinal);
        Assert.Equal(10, plot.Categories.Length);
        Assert.All(plot.Categories, c => Assert.Equal(5, c.Points.Length));
    }

    [Fact]
    public void Detectors_are_registered_in_the_default_list()
    {
        Assert.Contains(SeedNoiseDetector.Default, DefaultDetectors.All);
        Assert.Contains(WinnerWithinNoiseDetector.Default, DefaultDetectors.All);
        Assert.Contains(GeneralizationDetector.Default, DefaultDetectors.All);
        Assert.Contains(RankDisagreementDetector.Default, DefaultDetectors.All);
    }
}
