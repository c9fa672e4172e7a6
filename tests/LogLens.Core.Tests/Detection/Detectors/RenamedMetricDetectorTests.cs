using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using static LogLens.Core.Tests.Detection.EvalRunSets;

namespace LogLens.Core.Tests.Detection.Detectors;

public sealed class RenamedMetricDetectorTests
{
    private static readonly double[] Curve = [1.0, 0.8, 0.6];

    private static Run Seed(string id, int seed, params string[] metrics) =>
        Run(id, [("lr", "0.01"), ("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture))], metrics.Select(m => Series(m, Curve)));

    [Fact]
    public void Seeds_of_one_config_logging_loss_and_loss_main_are_one_finding_naming_both_keys_and_runs()
    {
        Finding f = Assert.Single(Detect(RenamedMetricDetector.Default, Set([
            Seed("a", 1, "loss", "acc"), Seed("b", 2, "loss", "acc"), Seed("c", 3, "loss/main", "acc")])));
        Assert.Equal("LL008", f.Code);
        Assert.Contains("'loss' in a, b", f.Message, StringComparison.Ordinal);
        Assert.Contains("'loss/main' in c", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_the_last_path_segment_of_the_other_counts_too()
    {
        Assert.Single(Detect(RenamedMetricDetector.Default, Set([Seed("a", 1, "train/loss"), Seed("b", 2, "loss")])));
    }

    [Fact]
    public void Unrelated_names_are_not_a_rename()
    {
        Assert.Empty(Detect(RenamedMetricDetector.Default, Set([Seed("a", 1, "loss"), Seed("b", 2, "eval_loss")])));
    }

    [Fact]
    public void A_run_that_logged_an_extra_metric_is_not_a_rename()
    {
        Assert.Empty(Detect(RenamedMetricDetector.Default, Set([Seed("a", 1, "loss"), Seed("b", 2, "loss", "loss/main")])));
    }

    [Fact]
    public void Runs_with_different_parameters_are_not_compared()
    {
        Run other = Run("b", [("lr", "0.1"), ("seed", "2")], [Series("loss/main", Curve)]);
        Assert.Empty(Detect(RenamedMetricDetector.Default, Set([Seed("a", 1, "loss"), other])));
    }

    [Fact]
    public void Runs_without_parameters_are_not_compared()
    {
        Assert.Empty(Detect(RenamedMetricDetector.Default, Set([Run("a", Series("loss", Curve)), Run("b", Series("loss/main", Curve))])));
    }
}
