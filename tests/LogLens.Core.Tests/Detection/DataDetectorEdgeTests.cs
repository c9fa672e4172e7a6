using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Detection.Samples;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection;

/// <summary>LL201–LL204 and LL606 on hand-built inputs: normalisation, labels, small slices, declared slice datasets, too few samples.</summary>
public sealed class DataDetectorEdgeTests
{
    [Theory]
    [InlineData("1,000", "1000.")]
    [InlineData("  Paris. ", "paris")]
    [InlineData("１２", "12")]
    [InlineData("Refund   the\torder!", "refund the order")]
    public void Formatting_differences_normalise_to_the_same_answer(string a, string b) =>
        Assert.Equal(AnswerNormalizer.Normalize(a), AnswerNormalizer.Normalize(b));

    [Fact]
    public void Pairwise_agreement_is_the_unbiased_share_of_agreeing_pairs()
    {
        Sample[] samples = [.. "AAAAABBC".Select((c, i) => new Sample("p", i, c.ToString()))];

        PromptAgreement a = PromptAgreement.Of("p", samples);

        Assert.Equal((20.0 + 2) / 56, a.Agreement, 1e-12);
        Assert.True(a.Unstable);
    }

    [Fact]
    public void Expected_answers_that_differ_only_in_formatting_are_not_a_conflict()
    {
        var runs = Set([new Sample("q1", 0, "x", Expected: "1,000"), new Sample("q1", 1, "x", Expected: "1000.")]);

        Assert.Empty(EvalRunSets.Detect(ConflictingLabelsDetector.Default, runs));
    }

    [Fact]
    public void Different_expected_answers_for_one_prompt_are_a_conflict()
    {
        var runs = Set([new Sample("q1", 0, "x", Expected: "refund"), new Sample("q1", 1, "x", Expected: "replace")]);

        Assert.Equal("LL204", Assert.Single(EvalRunSets.Detect(ConflictingLabelsDetector.Default, runs)).Code);
    }

    [Fact]
    public void The_same_answer_graded_both_correct_and_incorrect_is_a_conflict()
    {
        var runs = Set([new Sample("q1", 0, "Paris", Correct: true), new Sample("q1", 1, "paris.", Correct: false)]);

        Assert.Equal(1, Assert.Single(EvalRunSets.Detect(ConflictingLabelsDetector.Default, runs)).Evidence["grading_conflicts"]);
    }

    [Fact]
    public void A_slice_with_ten_items_is_too_small_and_names_the_items_needed()
    {
        var runs = Set([.. SliceRunSets.Prompts(new Random(1), "tiny", 10, 0.5), .. SliceRunSets.Prompts(new Random(2), "big", 100, 0.7)]);

        var finding = Assert.Single(EvalRunSets.Detect(SliceTooSmallDetector.Default, runs));
        Assert.Equal("tiny", finding.Subject.Slice);
        Assert.Equal(SliceTooSmallDetector.ItemsNeeded((double)finding.Evidence["slice_mean"]!), finding.Evidence["items_needed"]);
    }

    [Fact]
    public void The_items_needed_for_a_ten_point_change_at_one_half_are_393() =>
        Assert.Equal(393, SliceTooSmallDetector.ItemsNeeded(0.5));

    [Fact]
    public void Prompts_with_fewer_than_three_samples_are_not_judged_for_consistency()
    {
        var runs = Set([new Sample("q1", 0, "a"), new Sample("q1", 1, "b"), new Sample("q2", 0, "c"), new Sample("q2", 1, "d")]);

        Assert.Empty(EvalRunSets.Detect(SampleInconsistencyDetector.Default, runs));
    }

    [Fact]
    public void A_declared_slice_dataset_in_scores_that_no_parameter_moves_is_unresponsive()
    {
        var rng = new Random(3);
        var runs = new List<Run>();
        for (int lr = 0; lr < 3; lr++)
        {
            for (int seed = 0; seed < 3; seed++)
            {
                runs.Add(EvalRunSets.Run(
                    $"lr{lr}/s{seed}",
                    [("lr", lr.ToString(CultureInfo.InvariantCulture)), ("seed", seed.ToString(CultureInfo.InvariantCulture))],
                    scores: [new Score("support", "accuracy", 0.6 + (0.08 * lr) + (0.005 * EvalRunSets.Normal(rng)), 500), new Score("edge_cases", "accuracy", 0.5 + (0.005 * EvalRunSets.Normal(rng)), 200)]));
            }
        }

        var config = LogLensConfig.Default with { Slices = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("edge", ImmutableArray.Create("edge_cases"))]) };
        var finding = Assert.Single(EvalRunSets.Detect(UnresponsiveSliceDetector.Default, EvalRunSets.Set(runs, config)));

        Assert.Equal(("edge_cases", "accuracy", "support"), (finding.Subject.Slice, finding.Subject.Metric, finding.Subject.Dataset));
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("ties")]
    [InlineData("short")]
    public void Degenerate_sweeps_give_no_finding_or_finite_ones_never_an_exception(string variant)
    {
        var rng = new Random(4);
        RunSet grid = variant == "short" ? TuningRunSets.Grid(rng, 0, seeds: 1) : TuningRunSets.Grid(rng, 0);
        var runs = grid.Runs.Select((r, i) => r with
        {
            Scores = [.. r.Scores.Select(s => s with { Value = variant == "ties" ? 0.5 : (variant == "nan" && i % 3 == 0 ? double.NaN : s.Value) })],
            Samples = [.. Enumerable.Range(0, 40).Select(p => new Sample($"p{p}", 0, variant == "ties" ? "a" : p.ToString(CultureInfo.InvariantCulture), Correct: variant == "ties" || p % 2 == 0, Slice: p < 5 ? "edge" : "common", Expected: "a"))],
        });
        RunSet set = RunSet.Create(runs, grid.Config);
        Core.Detection.IDetector[] detectors =
            [UnresponsiveSliceDetector.Default, FrequentSliceGainDetector.Default, SliceTooSmallDetector.Default, ConflictingLabelsDetector.Default, SampleInconsistencyDetector.Default, TuningSaturatedDetector.Default];

        var findings = detectors.SelectMany(d => EvalRunSets.Detect(d, set)).ToList();

        Assert.All(findings.SelectMany(f => f.Evidence.Items).Select(i => i.Value).OfType<double>(), v => Assert.False(double.IsInfinity(v)));
        Assert.DoesNotContain(findings, f => f.Code is "LL201" or "LL202" or "LL606");
    }

    private static RunSet Set(IEnumerable<Sample> samples) =>
        EvalRunSets.Set([new Run("run", ["generic"], ImmutableSortedDictionary<string, string>.Empty, [], [], [.. samples])]);
}
