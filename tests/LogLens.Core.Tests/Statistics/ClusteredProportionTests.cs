using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class ClusteredProportionTests
{
    [Fact]
    public void Independent_samples_keep_their_count()
    {
        // 40 prompts × 5 samples with violations spread as independent draws would be (binomial within-prompt variance).
        var rng = new Random(401);
        var clusters = Enumerable.Range(0, 40).Select(_ => (Events: Enumerable.Range(0, 5).Count(_ => rng.NextDouble() < 0.2), Size: 5)).ToList();
        (int _, int n) = ClusteredProportion.Effective(clusters);
        Assert.InRange(n, 120, 200);
    }

    [Fact]
    public void Samples_of_a_prompt_that_always_agree_count_as_one()
    {
        // 8 of 40 prompts violated in all 5 of their samples: 40 prompts of evidence, not 200 samples.
        var clusters = Enumerable.Range(0, 40).Select(i => (Events: i < 8 ? 5 : 0, Size: 5)).ToList();
        Assert.Equal((8, 40), ClusteredProportion.Effective(clusters));
    }

    [Fact]
    public void The_ratio_estimator_variance_matches_a_hand_computation()
    {
        // Clusters (events, size): (1,2), (0,2), (2,2), (1,2). p = 4/8 = 0.5; residuals 0, -1, 1, 0: Σ = 2.
        // var = 4/3 · 2 / 64 = 0.041667; n_eff = 0.25 / 0.041667 = 6.0 → 6 (between 4 clusters and 8 samples).
        Assert.Equal((3, 6), ClusteredProportion.Effective([(1, 2), (0, 2), (2, 2), (1, 2)]));
    }
}
