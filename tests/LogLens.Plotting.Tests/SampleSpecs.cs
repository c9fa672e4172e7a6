using LogLens.Core.Plots;

namespace LogLens.Plotting.Tests;

/// <summary>One representative spec per plot kind, plus hostile variants.</summary>
public static class SampleSpecs
{
    public static PlotSpec Lines()
    {
        double[] steps = [.. Enumerable.Range(0, 40).Select(i => i * 50.0)];
        double[] loss = [.. steps.Select(s => 2.2 * Math.Exp(-s / 600) + 0.3)];
        double[] accuracy = [.. steps.Select((s, i) => 0.61 + (0.02 * Math.Sin(i / 3.0)))];
        return new PlotSpec("LL301-run-a-eval-accuracy", PlotKind.Lines, "LL301 ProxyBusinessDivergence: eval/loss improves while eval/accuracy is flat (run-a)", "step", "eval/loss")
        {
            RightYLabel = "eval/accuracy",
            Series = [new PlotSeries("eval/loss", steps, loss), new PlotSeries("eval/accuracy", steps, accuracy, RightAxis: true)],
            Shade = (1000, 1950),
            Note = "loss: Mann–Kendall p < 0.001\naccuracy: Sen slope 0.00e+00 [-1.2e-05, 1.1e-05]",
        };
    }

    public static PlotSpec Spread() => new("LL601-digits-eval-accuracy", PlotKind.Spread, "LL601 SeedNoiseDominates: config differences on eval/accuracy (digits) are within seed noise", "config", "eval/accuracy")
    {
        Categories =
        [
            new PlotCategory("learning_rate=1e-4,batch_size=16", 0.912, 0.901, 0.923, [0.905, 0.915, 0.917, 0.911]),
            new PlotCategory("learning_rate=2e-4,batch_size=16", 0.918, 0.902, 0.934, [0.9, 0.925, 0.929], Highlight: true),
            new PlotCategory("learning_rate=5e-4,batch_size=32,warmup_ratio=0.1,lora_r=64,lora_alpha=128", 0.909, 0.895, 0.923, [0.9, 0.91, 0.917]),
        ],
        Note = "ICC 0.21 [0.02, 0.55], F = 1.31, p = 0.27",
    };

    public static PlotSpec Forest() => new("overview-forest-eval-accuracy", PlotKind.Forest, "Gain of the best config over the worst on eval/accuracy, per dataset", "dataset", "Δ eval/accuracy (best − worst)")
    {
        Categories =
        [
            new PlotCategory("digits", 0.021, 0.004, 0.038, []),
            new PlotCategory("wine", -0.012, -0.03, 0.006, [], Highlight: true),
            new PlotCategory("iris", 0.004, -0.011, 0.019, []),
        ],
        ReferenceLine = 0,
        Note = "Welch 95% CIs",
    };

    public static PlotSpec Scatter() => new("LL303-proxy-business", PlotKind.Scatter, "LL303 ProxyAntiCorrelated: better eval/loss means worse eval/accuracy across configs", "eval/loss (config mean)", "eval/accuracy (config mean)")
    {
        Series =
        [
            new PlotSeries("configs", [0.41, 0.45, 0.5, 0.56, 0.6], [0.8, 0.83, 0.85, 0.86, 0.9], PointLabels: ["lr=1e-4", "lr=2e-4", "lr=3e-4", "lr=4e-4", "lr=5e-4"]),
        ],
        Note = "Kendall τ-b = −1.0, p = 0.017",
    };

    public static IEnumerable<PlotSpec> All() => [Lines(), Spread(), Forest(), Scatter()];

    /// <summary>Every kind with NaN and ±∞ sprinkled into every number.</summary>
    public static IEnumerable<PlotSpec> NonFinite()
    {
        double[] bad = [double.NaN, 1, double.PositiveInfinity, 2, double.NegativeInfinity];
        PlotCategory badCategory = new("bad", double.NaN, double.NegativeInfinity, double.PositiveInfinity, bad);
        return All().Select(s => s with
        {
            Series = [.. s.Series.Select(x => x with { X = bad, Y = [.. bad.Reverse()] })],
            Categories = [.. s.Categories.Append(badCategory)],
            Shade = (double.NaN, double.PositiveInfinity),
            ReferenceLine = double.NaN,
        });
    }

    /// <summary>Every kind with no data at all.</summary>
    public static IEnumerable<PlotSpec> Empty() =>
        All().Select(s => s with { Series = [.. s.Series.Select(x => x with { X = [], Y = [] })], Categories = [] });
}
