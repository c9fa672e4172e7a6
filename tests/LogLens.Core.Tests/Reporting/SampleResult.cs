using System.Collections.Immutable;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;

namespace LogLens.Core.Tests.Reporting;

/// <summary>A small, fixed analysis result: two configs × three seeds on two datasets, plus one hostile run name.</summary>
public static class SampleResult
{
    public const string HostileRun = "runs/a|b`<script>`\nx";

    public static AnalysisResult Create()
    {
        var runs = new List<Run>();
        double[][] accuracy = [[0.91, 0.93, 0.92], [0.94, 0.95, 0.93]];
        string[] lrs = ["0.0001", "0.0002"];
        for (int c = 0; c < 2; c++)
        {
            for (int s = 0; s < 3; s++)
            {
                string id = $"sweep/lr{c + 1}-seed{s}";
                runs.Add(MakeRun(id, lrs[c], s, accuracy[c][s], accuracy[c][s] - 0.05 + (0.01 * c)));
            }
        }

        runs.Add(MakeRun(HostileRun, "0.0003", 0, 0.5, double.NaN));
        var diagnostics = new[] { new Diagnostic("LL002", "sweep/lr1-seed0/metrics.jsonl", 41, "last line is partial (run still writing?); ignored") };
        RunSet set = RunSet.Create(runs, LogLensConfig.Default, diagnostics, ["runs"]);
        return Analyzer.Analyze(set, AnalysisOptions.Default, [new FixedDetector()], ["runs"]);
    }

    private static Run MakeRun(string id, string lr, int seed, double digits, double wine)
    {
        double[] steps = [0, 100, 200, 300];
        return new Run(
            id,
            ["generic"],
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["learning_rate"] = lr,
                ["seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["batch_size"] = "16",
            }),
            [new MetricSeries("eval/accuracy", steps, [0.5, digits - 0.02, digits - 0.01, digits]), new MetricSeries("eval/loss", steps, [2.0, 1.2, 0.9, 0.8])],
            [new Score("digits", "eval/accuracy", digits), new Score("wine", "eval/accuracy", wine)],
            []);
    }

    private sealed class FixedDetector : IDetector
    {
        public ImmutableArray<FindingDescriptor> Descriptors { get; } =
            [FindingCatalog.SeedNoiseDominates, FindingCatalog.ProxyBusinessDivergence, FindingCatalog.AssumedMetricRoles];

        public IEnumerable<Finding> Detect(AnalysisContext context)
        {
            var spread = new PlotSpec("LL601-digits-eval-accuracy", PlotKind.Spread, "LL601 SeedNoiseDominates", "config", "eval/accuracy");
            yield return Finding.Create(
                FindingCatalog.SeedNoiseDominates,
                new Subject(Metric: "eval/accuracy", Dataset: "digits"),
                "Config differences on eval/accuracy (digits) are within seed noise: ICC 0.21 [0.02, 0.55]",
                Evidence.Of(("icc", 0.2143), ("icc_ci", new[] { 0.02, 0.55 }), ("f", 1.31), ("p", 0.27), ("q", double.NaN), ("configs", 2), ("runs", 6), ("exact", true)),
                spread);
            yield return Finding.Create(
                FindingCatalog.ProxyBusinessDivergence,
                new Subject(Run: HostileRun, Metric: "eval/accuracy"),
                "eval/loss improves while eval/accuracy is flat in run " + HostileRun + " | pipe *bold* [link](http://x)",
                Evidence.Of(("slope", 1.23456789e-7), ("slope_ci", new[] { -2.5e-6, double.PositiveInfinity }), ("points", 4)));
            yield return Finding.Create(
                FindingCatalog.AssumedMetricRoles,
                new Subject(),
                "Metric roles were inferred: eval/accuracy (business), eval/loss (proxy)");
        }
    }
}
