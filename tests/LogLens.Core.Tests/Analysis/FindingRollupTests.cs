using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Tests.Detection;

namespace LogLens.Core.Tests.Analysis;

public sealed class FindingRollupTests
{
    private static readonly RunSet Runs = EvalRunSets.Set(
    [
        .. Enumerable.Range(1, 3).Select(s => EvalRunSets.Run($"lr-1e-4/seed-{s}", [("lr", "1e-4"), ("seed", s.ToString(System.Globalization.CultureInfo.InvariantCulture))])),
        .. Enumerable.Range(1, 3).Select(s => EvalRunSets.Run($"lr-1e-5/seed-{s}", [("lr", "1e-5"), ("seed", s.ToString(System.Globalization.CultureInfo.InvariantCulture))])),
    ]);

    private static Finding Overfit(string run) =>
        Finding.Create(FindingCatalog.Overfitting, new Subject(Run: run, Metric: "eval/loss"), $"Run {run}: eval/loss rises", Evidence.Of(("rise", 0.1)));

    [Fact]
    public void The_same_pattern_in_every_seed_of_one_config_is_one_config_level_finding()
    {
        Finding rolled = Assert.Single(FindingRollup.Apply([.. Enumerable.Range(1, 3).Select(s => Overfit($"lr-1e-4/seed-{s}"))], Runs));

        Assert.Equal("LL103:config=lr=1e-4;metric=eval/loss", rolled.Id);
        Assert.StartsWith("Overfitting on eval/loss in 3 of 3 seeds of config lr=1e-4", rolled.Message, StringComparison.Ordinal);
        Assert.Equal("lr-1e-4/seed-1, lr-1e-4/seed-2, lr-1e-4/seed-3", rolled.Evidence["runs"]);
        Assert.Equal(0.1, rolled.Evidence["rise"]);
    }

    [Fact]
    public void A_pattern_across_configs_is_one_sweep_level_finding_and_a_single_run_stays_as_it_is()
    {
        var findings = FindingRollup.Apply([Overfit("lr-1e-4/seed-1"), Overfit("lr-1e-5/seed-2"),
            Finding.Create(FindingCatalog.StillImproving, new Subject(Run: "lr-1e-5/seed-3", Metric: "eval/loss"), "still falling")], Runs).ToList();

        Finding sweep = Assert.Single(findings, f => f.Code == "LL103");
        Assert.Equal("LL103:metric=eval/loss;scope=sweep", sweep.Id);
        Assert.Contains("2 of 6 runs (2 configs)", sweep.Message, StringComparison.Ordinal);
        Assert.Equal(2, sweep.Evidence["runs_affected"]);
        Assert.Equal("lr-1e-5/seed-3", Assert.Single(findings, f => f.Code == "LL106").Subject.Run);
    }
}
