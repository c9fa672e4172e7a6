using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using Xunit.Abstractions;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>
/// docs/methods.md, P1 within a run: 10 checkpoints, proxy e^{−t/3} + N(0, .02²), business c(L0 − L_t) + N(0, σ_b²).
/// σ_b = 0.003 (0.3 accuracy points: a large eval set) against δ_b = 0.01: with 10 checkpoints the Sen-slope 90% CI
/// of a flat series spans ≈ ±1.7σ_b over the run, so "flat within δ_b" is only demonstrable when σ_b ≲ δ_b/2.6 —
/// a noisier business metric is (correctly) not called flat. c = 0.05 makes the aligned business rise 0.0475 ≈ 16σ_b.
/// </summary>
public sealed class ProxyBusinessTrendDetectorTests(ITestOutputHelper output)
{
    private const int Replicates = 200;
    private const double BusinessSd = 0.003;

    [Fact]
    public void A_business_metric_that_follows_the_proxy_is_not_flagged()
    {
        double rate = EvalRunSets.Rate(Replicates, 1000, r => Flags(r, "LL301", t => 0.05 * (1 - Math.Exp(-t / 3.0))));
        output.WriteLine($"LL301 rate, aligned (c = 0.05): {rate:0.###}");
        Assert.True(rate <= EvalRunSets.FalsePositiveBound(Replicates), $"false-positive rate {rate}");
    }

    [Fact]
    public void Selection_regret_stays_quiet_when_the_business_metric_follows_the_proxy()
    {
        double rate = EvalRunSets.Rate(Replicates, 2000, r => Flags(r, "LL304", t => 0.05 * (1 - Math.Exp(-t / 3.0))));
        output.WriteLine($"LL304 rate, aligned (c = 0.05): {rate:0.###}");
        Assert.True(rate <= EvalRunSets.FalsePositiveBound(Replicates), $"false-positive rate {rate}");
    }

    [Fact]
    public void A_flat_business_metric_under_an_improving_proxy_is_flagged()
    {
        double rate = EvalRunSets.Rate(Replicates, 3000, r => Flags(r, "LL301", _ => 0));
        output.WriteLine($"LL301 rate, flat business: {rate:0.###}");
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    [Fact]
    public void A_worsening_business_metric_under_an_improving_proxy_is_flagged()
    {
        double rate = EvalRunSets.Rate(Replicates, 4000, r => Flags(r, "LL301", t => -0.5 * BusinessSd * t));
        output.WriteLine($"LL301 rate, business −0.5σ_b/ckpt: {rate:0.###}");
        Assert.True(rate >= EvalRunSets.PowerBound(Replicates, 0.8), $"power {rate}");
    }

    [Fact]
    public void The_selection_regret_plot_marks_exactly_the_two_checkpoints_it_compares()
    {
        double[] proxy = [.. Enumerable.Range(0, 10).Select(t => Math.Exp(-t / 3.0))];
        double[] business = [.. Enumerable.Range(0, 10).Select(t => 0.8 - (0.02 * t) + (t % 2 == 0 ? 0.001 : -0.001))];
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("eval/loss", proxy, 100, 100), EvalRunSets.Series("eval/accuracy", business, 100, 100));

        Finding finding = EvalRunSets.Detect(ProxyBusinessTrendDetector.Default, run).Single(f => f.Code == "LL304");

        var markers = Assert.Single(finding.Plots).Markers;
        Assert.Equal(2, markers.Length);
        Assert.Equal([1000.0, 100.0], markers.Select(m => m.X));
        Assert.Equal([business[9], business[0]], markers.Select(m => m.Y));
        Assert.All(markers, m => Assert.True(m.RightAxis));
        Assert.StartsWith("picked by eval/loss (step 1000)", markers[0].Label, StringComparison.Ordinal);
        Assert.StartsWith("best eval/accuracy (step 100)", markers[1].Label, StringComparison.Ordinal);
    }

    private static bool Flags(Random random, string code, Func<int, double> businessShift)
    {
        const int checkpoints = 10;
        double[] proxy = [.. Enumerable.Range(0, checkpoints).Select(t => Math.Exp(-t / 3.0) + (0.02 * EvalRunSets.Normal(random)))];
        double[] business = [.. Enumerable.Range(0, checkpoints).Select(t => 0.6 + businessShift(t) + (BusinessSd * EvalRunSets.Normal(random)))];
        Run run = EvalRunSets.Run("run", EvalRunSets.Series("eval/loss", proxy, 100, 100), EvalRunSets.Series("eval/accuracy", business, 100, 100));
        return EvalRunSets.Detect(ProxyBusinessTrendDetector.Default, run).Any(f => f.Code == code);
    }
}
