using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;

namespace LogLens.Core.Tests.Reporting;

/// <summary>An analysis result whose every log-derived string (run names, params, metrics, samples, messages, evidence, plot titles) is an injection attempt.</summary>
public static class HostileResult
{
    /// <summary>Payloads that would run script or add elements if written unescaped into text, attributes, style or script.</summary>
    public static readonly string[] Payloads =
    [
        "<script>window.__pwned=1</script>",
        "\"><img src=x onerror=\"window.__pwned=2\">",
        "'><svg onload=window.__pwned=3>",
        "</style><script>window.__pwned=4</script>",
        "</title><iframe src=\"javascript:window.__pwned=5\"></iframe>",
        "--><!--<script>window.__pwned=6</script>",
        "</script><script>window.__pwned=7</script>",
        "<a href=\"https://evil.example/x\">click</a>",
        "<img src=x onerror=\"document.body.dataset.pwned=8\"><script>document.body.dataset.pwned=8</script>",
    ];

    public static string Metric { get; } = "eval/acc" + Payloads[0];

    public static AnalysisResult Create()
    {
        var runs = new List<Run>();
        for (int i = 0; i < Payloads.Length; i++)
        {
            string lr = (i % 2 == 0) ? "0.0001" : Payloads[i];
            var p = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["learning_rate"] = lr,
                ["seed"] = (i / 2).ToString(CultureInfo.InvariantCulture),
                ["note" + Payloads[1]] = Payloads[(i + 3) % Payloads.Length],
            });
            double[] steps = [0, 100, 200];
            runs.Add(new Run(
                "runs/" + Payloads[i],
                ["generic"],
                p,
                [new MetricSeries(Metric, steps, [0.5, 0.6, 0.6 + (0.01 * i)]), new MetricSeries("eval/loss", steps, [2.0, 1.0, 0.9])],
                [new Score("digits" + Payloads[2], Metric, 0.6 + (0.01 * i))],
                [new Sample("prompt" + Payloads[4], 0, "output " + Payloads[i], Expected: Payloads[(i + 1) % Payloads.Length], Correct: false)]));
        }

        var diagnostics = new[] { new Diagnostic("LL002", "runs/" + Payloads[3] + "/metrics.jsonl", 7, "partial line " + Payloads[5]) };
        RunSet set = RunSet.Create(runs, LogLensConfig.Default, diagnostics, ["runs/" + Payloads[6]]);
        return Analyzer.Analyze(set, AnalysisOptions.Default, [new HostileDetector()], ["runs/" + Payloads[6]]);
    }

    private sealed class HostileDetector : IDetector
    {
        public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.ProxyBusinessDivergence, FindingCatalog.SeedNoiseDominates];

        public IEnumerable<Finding> Detect(AnalysisContext context)
        {
            var plot = new PlotSpec("LL301-" + Payloads[1], PlotKind.Lines, "LL301 " + Payloads[1] + Payloads[0], "step", Metric)
            {
                Series = [new PlotSeries(Payloads[0], [0, 1, 2], [0.5, 0.6, 0.7])],
            };
            yield return Finding.Create(
                FindingCatalog.ProxyBusinessDivergence,
                new Subject(Run: "runs/" + Payloads[0], Metric: Metric),
                "proxy improves while " + Metric + " is flat in " + Payloads[1] + " " + Payloads[7],
                Evidence.Of(("run", Payloads[3]), ("slope" + Payloads[0], 0.5)),
                plot);
            yield return Finding.Create(
                FindingCatalog.SeedNoiseDominates,
                new Subject(Metric: Metric, Dataset: "digits" + Payloads[2], Prompt: Payloads[5]),
                "within seed noise " + Payloads[6],
                Evidence.Of(("icc", 0.2)));
        }
    }
}
