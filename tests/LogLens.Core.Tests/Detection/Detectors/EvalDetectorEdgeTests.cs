using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>Degenerate inputs, direction mirroring and run-order invariance for LL101/LL103/LL301–LL304.</summary>
public sealed class EvalDetectorEdgeTests
{
    private static readonly IDetector[] Detectors =
    [
        NonFiniteLossDetector.Default, OverfittingDetector.Default, ProxyBusinessTrendDetector.Default, ProxyBusinessRankDetector.Default,
    ];

    private static readonly AnalysisOptions Options = new(Seed: 3, Resamples: 200);

    [Fact]
    public void Series_shorter_than_five_points_give_no_findings()
    {
        Run run = EvalRunSets.Run("short", EvalRunSets.Series("eval/loss", [1, 0.8, 0.6, 0.5]), EvalRunSets.Series("eval/accuracy", [0.5, 0.5, 0.5, 0.5]), EvalRunSets.Series("train/loss", [2, 1, 0.5, 0.4]));
        Assert.Empty(All(EvalRunSets.Set([run])));
    }

    [Fact]
    public void An_all_NaN_loss_is_only_reported_as_non_finite()
    {
        double[] nan = [.. Enumerable.Repeat(double.NaN, 12)];
        Run run = EvalRunSets.Run("nan", EvalRunSets.Series("eval/loss", nan), EvalRunSets.Series("eval/accuracy", nan), EvalRunSets.Series("train/loss", nan));
        Assert.Equal(["LL101", "LL101"], All(EvalRunSets.Set([run])).Select(f => f.Code));
    }

    [Fact]
    public void Constant_series_give_no_findings()
    {
        double[] flat = [.. Enumerable.Repeat(0.5, 20)];
        Run run = EvalRunSets.Run("flat", EvalRunSets.Series("eval/loss", flat), EvalRunSets.Series("eval/accuracy", flat), EvalRunSets.Series("train/loss", flat));
        Assert.Empty(All(EvalRunSets.Set([run])));
    }

    [Fact]
    public void Configs_with_identical_scores_give_no_findings()
    {
        var runs = Enumerable.Range(0, 8).SelectMany(c => Enumerable.Range(0, 2).Select(s => EvalRunSets.Run(
            $"c{c}-s{s}",
            [("lr", $"{c}"), ("seed", $"{s}")],
            scores: [new Score(RunSet.DefaultDataset, "eval/loss", 0.4), new Score(RunSet.DefaultDataset, "eval/accuracy", 0.7)])));
        Assert.Empty(All(EvalRunSets.Set(runs)));
    }

    [Fact]
    public void A_short_series_with_a_NaN_still_reports_the_NaN()
    {
        Run run = EvalRunSets.Run("r", EvalRunSets.Series("train/loss", [1, double.NaN]));
        Finding finding = Assert.Single(All(EvalRunSets.Set([run])));
        Assert.Equal((1.0, "NaN"), ((double)finding.Evidence["first_bad_step"]!, (string)finding.Evidence["first_bad_value"]!));
    }

    [Fact]
    public void Flipping_a_metric_direction_and_its_values_mirrors_the_findings()
    {
        RunSet original = EvalRunSets.Set([FlatBusinessRun(v => v)]);
        var flipped = LogLensConfig.Default with
        {
            Metrics = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, MetricSetting>("eval/accuracy", new MetricSetting(MetricRole.Business, HigherIsBetter: false))]),
        };
        RunSet mirrored = EvalRunSets.Set([FlatBusinessRun(v => -v)], flipped);
        Assert.Equal(Summary(All(original)), Summary(All(mirrored)));
    }

    [Fact]
    public void The_mirroring_check_runs_on_a_flagged_divergence()
    {
        Assert.Contains(All(EvalRunSets.Set([FlatBusinessRun(v => v)])), f => f.Code == "LL301");
    }

    [Fact]
    public void Reordering_runs_changes_nothing()
    {
        RunSet sweep = ProxyBusinessRankDetectorTests.Sweep(new Random(5), 12, -0.6);
        RunSet reordered = EvalRunSets.Set(sweep.Runs.Reverse().Select(r => r with { Series = [.. r.Series.Reverse()] }));
        Assert.Equal(Summary(All(sweep)), Summary(All(reordered)));
    }

    [Fact]
    public void Reordering_runs_is_checked_on_a_sweep_that_has_findings()
    {
        Assert.NotEmpty(All(ProxyBusinessRankDetectorTests.Sweep(new Random(5), 12, -0.6)));
    }

    [Fact]
    public void Every_plot_title_starts_with_its_finding_code()
    {
        RunSet set = EvalRunSets.Set([FlatBusinessRun(v => v), TrainingDynamicsSimulationTests.Training(new Random(1), 0.5, 2.8e-7) with { Id = "overfit" }]);
        var findings = All(set);
        Assert.All(findings, f => Assert.StartsWith(f.Code + ": ", Assert.Single(f.Plots).Title, StringComparison.Ordinal));
    }

    private static Run FlatBusinessRun(Func<double, double> business)
    {
        double[] proxy = [1.0, 0.72, 0.51, 0.37, 0.26, 0.19, 0.14, 0.1, 0.07, 0.05];
        double[] accuracy = [0.600, 0.603, 0.598, 0.601, 0.604, 0.599, 0.602, 0.597, 0.600, 0.599];
        return EvalRunSets.Run("flat-business", EvalRunSets.Series("eval/loss", proxy, 100, 100), EvalRunSets.Series("eval/accuracy", [.. accuracy.Select(business)], 100, 100));
    }

    private static List<Finding> All(RunSet set) => [.. Detectors.SelectMany(d => EvalRunSets.Detect(d, set, Options))];

    private static List<string> Summary(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => f.Id + " | " + string.Join(";", f.Evidence.Items.Where(i => i.Value is double or int).Select(i => $"{i.Key}={i.Value}")))];
}
