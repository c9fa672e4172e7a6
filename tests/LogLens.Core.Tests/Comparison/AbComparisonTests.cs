using LogLens.Core.Comparison;
using LogLens.Core.Detection;
using LogLens.Core.Model;
using LogLens.Core.Tests.Detection;

namespace LogLens.Core.Tests.Comparison;

public sealed class AbComparisonTests
{
    private static readonly AnalysisOptions Options = new(Seed: 2, Resamples: 300, Permutations: 200);
    private static readonly RunSelector Base = RunSelector.Parse("cfg=base");
    private static readonly RunSelector Cand = RunSelector.Parse("cfg=cand");

    private static List<(string Config, string Dataset, int Seed, double Value)> Rows(Func<double, double>? transform = null)
    {
        transform ??= v => v;
        var rng = new Random(4);
        var rows = new List<(string, string, int, double)>();
        foreach ((string dataset, double gain) in new[] { ("ds0", 0.3), ("ds1", 0.25), ("ds2", -0.3) })
        {
            for (int s = 0; s < 5; s++)
            {
                rows.Add(("cfg=base", dataset, s, transform(0.5 + (0.01 * EvalRunSets.Normal(rng)))));
                rows.Add(("cfg=cand", dataset, s, transform(0.5 + gain + (0.01 * EvalRunSets.Normal(rng)))));
            }
        }

        return rows;
    }

    private static ComparisonResult Compare(RunSet runs) => AbComparison.Compare(runs, Base, Cand, null, Options);

    [Fact]
    public void Each_dataset_gets_counts_means_and_an_improvement_estimate()
    {
        DatasetComparison row = Compare(NoiseRunSets.Build(Rows())).Datasets[0];
        Assert.Equal(("ds0", 5, 5), (row.Dataset, row.NBaseline, row.NCandidate));
        Assert.Equal(row.MeanCandidate - row.MeanBaseline, row.Delta, 12);
        Assert.True(row.DeltaCi.Contains(row.Delta) && row.ProbabilityCi.Contains(row.ProbabilityOfImprovement));
        Assert.Equal(DatasetOutcome.Better, row.Outcome);
    }

    [Fact]
    public void A_gain_on_two_datasets_and_a_loss_on_the_third_is_a_sign_flip()
    {
        ComparisonResult result = Compare(NoiseRunSets.Build(Rows()));
        Assert.Equal((2, 1), (result.Overall.Wins, result.Overall.Losses));
        Assert.Equal("LL604", Assert.Single(result.Findings).Code);
        Assert.Equal("LL604:config=cfg=cand vs cfg=base;metric=eval/accuracy", result.Findings[0].Id);
    }

    [Fact]
    public void The_default_metric_is_the_first_business_metric() =>
        Assert.Equal(NoiseRunSets.Metric, Compare(NoiseRunSets.Build(Rows())).Metric);

    [Fact]
    public void A_selector_that_matches_nothing_is_an_error() =>
        Assert.Throws<ComparisonException>(() => AbComparison.Compare(NoiseRunSets.Build(Rows()), RunSelector.Parse("cfg=nope"), Cand, null, Options));

    [Fact]
    public void Overlapping_selectors_are_an_error() =>
        Assert.Throws<ComparisonException>(() => AbComparison.Compare(NoiseRunSets.Build(Rows()), RunSelector.Parse("seed=1"), Cand, null, Options));

    [Fact]
    public void An_unknown_metric_is_an_error() =>
        Assert.Throws<ComparisonException>(() => AbComparison.Compare(NoiseRunSets.Build(Rows()), Base, Cand, "eval/nope", Options));

    [Fact]
    public void Reordering_runs_changes_nothing()
    {
        var rows = Rows();
        ComparisonResult a = Compare(NoiseRunSets.Build(rows));
        ComparisonResult b = Compare(NoiseRunSets.Build(Enumerable.Reverse(rows)));
        Assert.Equal(a.Datasets.Select(d => d.ToString()), b.Datasets.Select(d => d.ToString()));
        Assert.Equal(a.Overall, b.Overall);
    }

    [Fact]
    public void A_monotone_transform_leaves_rank_based_results_unchanged()
    {
        ComparisonResult a = Compare(NoiseRunSets.Build(Rows()));
        ComparisonResult b = Compare(NoiseRunSets.Build(Rows(v => Math.Exp(3 * v))));
        Assert.Equal(a.Datasets.Select(d => d.ProbabilityOfImprovement), b.Datasets.Select(d => d.ProbabilityOfImprovement));
        Assert.Equal((a.Overall.Wins, a.Overall.Losses, a.Overall.SignP), (b.Overall.Wins, b.Overall.Losses, b.Overall.SignP));
    }

    [Fact]
    public void Flipping_the_metric_direction_mirrors_every_effect()
    {
        ComparisonResult up = Compare(NoiseRunSets.Build(Rows()));
        ComparisonResult down = Compare(NoiseRunSets.Build(Rows(), higherIsBetter: false));
        Assert.All(up.Datasets.Zip(down.Datasets), p =>
        {
            Assert.Equal(-p.First.Delta, p.Second.Delta, 12);
            Assert.Equal(1 - p.First.ProbabilityOfImprovement, p.Second.ProbabilityOfImprovement, 12);
            Assert.Equal(p.First.P, p.Second.P, 12);
        });
    }
}
