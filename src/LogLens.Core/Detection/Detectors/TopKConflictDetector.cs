using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Sweeps;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL502 TopKConflict: the business metric falls as top-k grows (conflicting evidence). Per business metric and
/// dataset, a one-sided Kendall trend test of run-level goodness on top-k, stratified by the other parameters
/// (<see cref="StratifiedKendall"/>), needs ≥ 3 top-k levels; BH over datasets per metric. Flagged when q ≤ α and
/// the drop from the smallest to the largest top-k (averaged over strata) is at least the business margin δ.
/// </summary>
internal sealed class TopKConflictDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly TopKConflictDetector Default = new();

    private static readonly string[] TopKNames =
        ["top_k", "topk", "k", "n_docs", "num_docs", "num_chunks", "n_chunks", "num_passages", "similarity_top_k", "rerank_top_n", "retrieval_k",
            "num_retrieved"];

    private TopKConflictDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.TopKConflict];

    /// <summary>True for a retrieval parameter named like a top-k.</summary>
    public static bool IsTopK(string key, LogLensConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        string leaf = (key ?? string.Empty).ToLowerInvariant()[((key ?? string.Empty).LastIndexOfAny(['.', '/']) + 1)..];
        return config.GroupOf(key!) == ParameterGroupNames.Retrieval && (TopKNames.Contains(leaf) || leaf.Contains("top_k", StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tests = new List<Trend>();
        foreach (var (metric, dataset, design) in RagInputs.Designs(context))
        {
            foreach (string key in design.Varying.Where(p => IsTopK(p, context.Runs.Config)))
            {
                if (Trend.Of(metric, dataset, design, key) is Trend trend)
                {
                    tests.Add(trend);
                }
            }
        }

        foreach (var metric in tests.GroupBy(t => t.Metric.Name, StringComparer.Ordinal))
        {
            var list = metric.ToList();
            double[] q = BenjaminiHochberg.Adjust([.. list.Select(t => t.Kendall.DecreasingP)]);
            for (int i = 0; i < list.Count; i++)
            {
                if (q[i] <= context.FamilyAlpha(FindingCatalog.TopKConflict) && list[i].Drop >= context.Thresholds.BusinessDelta)
                {
                    yield return Build(list[i], q[i]);
                }
            }
        }
    }

    private static Finding Build(Trend t, double q)
    {
        string metric = t.Metric.Name;
        string message = string.Create(CultureInfo.InvariantCulture,
            $"{metric} ({t.Dataset}) falls as {t.Key} grows: {t.Drop:0.###} worse at {t.Key}={t.Levels[^1].Label} than at {t.Key}={t.Levels[0].Label} (Kendall "
            + $"z {t.Kendall.Z:0.00}, {MessageNumbers.P(q, "q")})");
        var evidence = Evidence.Of(
            ("parameter", t.Key),
            ("drop", t.Drop),
            ("kendall_s", t.Kendall.S),
            ("z", t.Kendall.Z),
            ("p", t.Kendall.DecreasingP),
            ("q", q),
            ("levels", t.Levels.Length),
            ("strata", t.Kendall.Strata),
            ("runs", t.Levels.Sum(l => l.Values.Length)));
        var rows = t.Levels.Select((l, i) =>
        {
            Interval ci = Descriptive.MeanConfidenceInterval(l.Values);
            return new PlotCategory($"{t.Key}={l.Label}", l.Values.Average(), ci.Low, ci.High, l.Values, i == t.Levels.Length - 1);
        });
        string note = string.Create(CultureInfo.InvariantCulture,
            $"stratified Kendall S {t.Kendall.S:0}, z {t.Kendall.Z:0.00}, {MessageNumbers.P(q, "q")}\ndrop smallest → largest {t.Key}: "
            + $"{t.Drop:0.###}\n{t.Kendall.Strata} strata of the other parameters; top row = smallest {t.Key}");
        var plot = new PlotSpec(FindingCatalog.TopKConflict.PlotName($"{t.Dataset}-{metric}"), PlotKind.Spread,
            FindingCatalog.TopKConflict.PlotTitle($"{metric} ({t.Dataset}) falls as {t.Key} grows (conflicting evidence)"), t.Key,
            $"{metric} ({(t.Metric.HigherIsBetter ? "higher" : "lower")} is better); runs, mean and 95% CI")
        {
            Categories = [.. rows],
            Note = note,
        };
        return Finding.Create(FindingCatalog.TopKConflict, new Subject(Metric: metric, Dataset: t.Dataset), message, evidence, plot);
    }

    /// <summary>The trend test of one top-k parameter, with the raw values per level for the plot.</summary>
    private sealed record Trend(MetricDefinition Metric, string Dataset, string Key, StratifiedKendall Kendall, double Drop,
        (string Label, double[] Values)[] Levels)
    {
        public static Trend? Of(MetricDefinition metric, string dataset, EffectDesign design, string key)
        {
            double[]? k = ParameterLevels.Numbers(design.Cells.Select(c => c.Params.GetValueOrDefault(key) ?? string.Empty));
            if (k is null || k.Distinct().Count() < 3)
            {
                return null;
            }

            var kendall = new StratifiedKendall();
            var drops = new List<double>();
            var cells = design.Cells.Select((c, i) => (Cell: c, K: k[i]));
            foreach (var stratum in cells.GroupBy(c => string.Join(",", c.Cell.Params.Where(p => p.Key != key).Select(p => p.Key + "=" + p.Value)),
                StringComparer.Ordinal))
            {
                var runs = stratum.SelectMany(c => c.Cell.Values.Select(v => (c.K, V: v))).ToList();
                kendall.Add([.. runs.Select(r => r.K)], [.. runs.Select(r => r.V)]);
                double low = runs.Min(r => r.K), high = runs.Max(r => r.K);
                if (high > low)
                {
                    drops.Add(runs.Where(r => r.K == low).Average(r => r.V) - runs.Where(r => r.K == high).Average(r => r.V));
                }
            }

            if (kendall.Strata == 0)
            {
                return null;
            }

            var levels = cells.GroupBy(c => c.K).OrderBy(g => g.Key)
                .Select(
                    g => (g.Key.ToString("R", CultureInfo.InvariantCulture),
                        (double[])[.. g.SelectMany(c => c.Cell.Values).Select(v => metric.HigherIsBetter ? v : -v)]))
                .ToArray();
            return new Trend(metric, dataset, key, kendall, drops.Average(), levels);
        }
    }
}
