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
    public void Rotating_rankings_are_flagged_with_a_forest_plot()
    {
        Finding f = Assert.Single(RankDisagreementDetector.Default.Detect(new AnalysisContext(Rotating(agree: false), Options)));
        Assert.True((double)f.Evidence["w"]! < 0.3);
        Assert.Equal(PlotKind.Forest, Assert.Single(f.Plots).Kind);
        Assert.Equal(4, f.Plots[0].Categories.Length);
    }

    [Fact]
    public void Identical_rankings_are_not_flagged()
    {
        Assert.Empty(RankDisagreementDetector.Default.Detect(new AnalysisContext(Rotating(agree: true), Options)));
    }
}
