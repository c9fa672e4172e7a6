using System.Collections.Immutable;
using LogLens.Core.Comparison;
using LogLens.Core.Detection;
using LogLens.Core.Model;
using LogLens.Core.Statistics;
using LogLens.Core.Tests.Detection;

namespace LogLens.Core.Tests.Comparison;

/// <summary>compare pairs the configs on the prompts both answered (docs/methods.md, "Seed noise").</summary>
public sealed class PromptPairsTests
{
    private static readonly AnalysisOptions Options = new(Seed: 2, Resamples: 200, Permutations: 200);

    /// <summary>One run of a config with <paramref name="samples"/> samples per prompt; prompt p is answered right with probability correct(p).</summary>
    private static Run Run(string id, string cfg, int prompts, int samples, Func<int, int, bool> correct, double accuracy) =>
        EvalRunSets.Run(id, [("cfg", cfg)], scores: [new Score(RunSet.DefaultDataset, "eval/accuracy", accuracy)]) with
        {
            Samples = [.. Enumerable.Range(0, prompts).SelectMany(p => Enumerable.Range(0, samples).Select(i => new Sample($"q{p:000}", i, "answer", Correct: correct(p, i))))],
        };

    private static ComparisonResult Compare(params Run[] runs) =>
        AbComparison.Compare(EvalRunSets.Set(runs), RunSelector.Parse("cfg=base"), RunSelector.Parse("cfg=cand"), null, Options);

    [Fact]
    public void With_one_run_a_side_the_shared_prompts_still_answer_with_a_paired_t_interval()
    {
        // The candidate fixes prompts 0–29 of 100 and breaks 30–34: per-prompt differences +1 ×30, −1 ×5, 0 ×65.
        ComparisonResult result = Compare(
            Run("b", "base", 100, 1, (p, _) => p >= 30, 0.70),
            Run("c", "cand", 100, 1, (p, _) => p < 30 || p >= 35, 0.90));

        Assert.Equal(DatasetOutcome.Undefined, Assert.Single(result.Datasets).Outcome);
        PromptComparison row = Assert.Single(result.Prompts);
        double[] d = [.. Enumerable.Repeat(1.0, 30), .. Enumerable.Repeat(-1.0, 5), .. Enumerable.Repeat(0.0, 65)];
        WelchResult expected = PairedT.Test(d);
        Assert.Equal(("correct", 100, 0.25), (row.Metric, row.Prompts, row.Delta));
        Assert.Equal(expected.DifferenceCi.Low, row.DeltaCi.Low, 12);
        Assert.Equal(expected.P, row.P, 12);
        Assert.Equal(DatasetOutcome.Better, row.Outcome);
        Assert.False(result.CandidateWorse);
    }

    /// <summary>
    /// Ten prompts sampled 200 times each: the candidate does 20 points better on 6 prompts and 20 points worse on 4.
    /// As 2,000 independent draws a side its 4-point gain would look significant (z ≈ 2.6), but there are ten
    /// prompts, and their paired differences do not exclude zero (t ≈ 0.6).
    /// </summary>
    [Fact]
    public void Repeated_samples_of_one_prompt_are_not_independent_evidence()
    {
        int[] baseCorrect = [40, 60, 80, 100, 120, 140, 160, 180, 100, 120];
        int[] shift = [40, 40, 40, 40, 40, 40, -40, -40, -40, -40];
        ComparisonResult result = Compare(
            Run("b", "base", 10, 200, (p, i) => i < baseCorrect[p], 0.55),
            Run("c", "cand", 10, 200, (p, i) => i < baseCorrect[p] + shift[p], 0.59));

        PromptComparison row = Assert.Single(result.Prompts);
        Assert.Equal(10, row.Prompts);
        Assert.Equal(0.04, row.Delta, 12);
        Assert.True(row.P > 0.05, $"paired p {row.P}");
        Assert.Equal(DatasetOutcome.NotSignificant, row.Outcome);
    }

    [Fact]
    public void A_candidate_worse_on_the_shared_prompts_makes_the_comparison_fail()
    {
        ComparisonResult result = Compare(
            Run("b", "base", 60, 2, (p, _) => p < 50, 0.83),
            Run("c", "cand", 60, 2, (p, _) => p < 20, 0.33));

        Assert.Equal(DatasetOutcome.Worse, Assert.Single(result.Prompts).Outcome);
        Assert.True(result.CandidateWorse);
    }

    [Fact]
    public void Identical_answers_are_no_difference_not_an_undefined_test()
    {
        ComparisonResult result = Compare(
            Run("b", "base", 20, 3, (p, _) => p % 2 == 0, 0.5),
            Run("c", "cand", 20, 3, (p, _) => p % 2 == 0, 0.5));

        PromptComparison row = Assert.Single(result.Prompts);
        Assert.Equal((0.0, 1.0, DatasetOutcome.NotSignificant), (row.Delta, row.P, row.Outcome));
    }

    [Fact]
    public void Runs_without_samples_give_no_prompt_rows() =>
        Assert.Empty(Compare(
            EvalRunSets.Run("b", [("cfg", "base")], scores: [new Score(RunSet.DefaultDataset, "eval/accuracy", 0.5)]),
            EvalRunSets.Run("c", [("cfg", "cand")], scores: [new Score(RunSet.DefaultDataset, "eval/accuracy", 0.6)])).Prompts);

    [Fact]
    public void Without_a_business_metric_runs_with_samples_are_compared_on_their_per_run_means_and_their_prompts()
    {
        Run Seed(string cfg, int seed, int correct) =>
            new Run($"{cfg}-{seed}", ["generic"], new Dictionary<string, string> { ["cfg"] = cfg, ["seed"] = $"{seed}" }.ToImmutableSortedDictionary(StringComparer.Ordinal), [], [],
                [.. Enumerable.Range(0, 40).Select(p => new Sample($"q{p:00}", 0, "a", Correct: p < correct))]);
        ComparisonResult result = Compare(Seed("base", 1, 20), Seed("base", 2, 22), Seed("cand", 1, 30), Seed("cand", 2, 31));

        Assert.Equal("correct", result.Metric);
        DatasetComparison runs = Assert.Single(result.Datasets);
        Assert.Equal((2, 2), (runs.NBaseline, runs.NCandidate));
        Assert.Equal(((30 + 31) / 80.0) - ((20 + 22) / 80.0), runs.Delta, 12);
        Assert.Equal(40, Assert.Single(result.Prompts).Prompts);
    }
}
