using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class RankDisagreementDetectorTests
{
    private static readonly AnalysisOptions Options = new(Seed: 1, Resamples: 0, Permutations: 500);

    /// <summary>Four configs whose order rotates from dataset to dataset (W = 0 up to noise).</summary>
    private static Core.Model.RunSet Rotating(bool agree)
    {
        var rows = new List<(string, string, int, double)>();
        for (int d = 0; d < 4; d++)
        {
            for (int c = 0; c < 4; c++)
            {
                int rank = agree ? c : (c + d) % 4;
                for (int s = 0; s < 3; s++)
                {
                    rows.Add(($"cfg=c{c}", $"ds{d}", s, rank + (0.01 * s)));
                }
            }
        }

        return NoiseRunSets.Build(rows);
    }

    [Fact]
    public void Rotating_rankings_are_flagged_with_a_plot_of_each_configs_rank_per_dataset()
    {
        Finding f = Assert.Single(RankDisagreementDetector.Default.Detect(new AnalysisContext(Rotating(agree: false), Options)));
        Assert.True((double)f.Evidence["w"]! < 0.3);
        PlotSpec plot = Assert.Single(f.Plots);
        Assert.Equal(PlotKind.Lines, plot.Kind);
        Assert.True(plot.RankAxis);
        Assert.Equal<string>(["ds0", "ds1", "ds2", "ds3"], plot.XCategories);
        Assert.Equal(4, plot.Series.Length);

        // Config c0 has raw score (c + d) % 4: the lowest (rank 4) on ds0, then 3, 2, 1.
        PlotSeries c0 = plot.Series.Single(s => s.Label == "cfg=c0");
        Assert.Equal([4.0, 3.0, 2.0, 1.0], c0.Y);
        Assert.All(Enumerable.Range(0, 4), d => Assert.Equal([1.0, 2.0, 3.0, 4.0], plot.Series.Select(s => s.Y[d]).Order()));
    }

    [Fact]
    public void Identical_rankings_are_not_flagged()
    {
        Assert.Empty(RankDisagreementDetector.Default.Detect(new AnalysisContext(Rotating(agree: true), Options)));
    }
}
