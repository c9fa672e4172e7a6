using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL301/LL304 within a run (docs/methods.md): the proxy's checkpoint series trends better while the business
/// series does not (Mann–Kendall on each series' own trend, never a correlation of two time-trending series),
/// and the checkpoint the proxy would pick loses business score.
/// </summary>
internal sealed class ProxyBusinessTrendDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly ProxyBusinessTrendDetector Default = new();

    private ProxyBusinessTrendDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.ProxyBusinessDivergence, FindingCatalog.SelectionRegret];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = Pairs(context).ToList();
        var findings = new List<Finding>();

        // One BH family per (proxy, business) metric pair over runs; the two directions are separate families.
        foreach (var family in pairs.GroupBy(p => (p.Proxy.Name, p.Business.Name)))
        {
            var members = family.ToList();
            double[] qBetter = BenjaminiHochberg.Adjust([.. members.Select(p => p.ProxyTrend.PIncreasing)]);
            double[] qWorse = BenjaminiHochberg.Adjust([.. members.Select(p => p.ProxyTrend.PDecreasing)]);
            for (int i = 0; i < members.Count; i++)
            {
                if (Divergence(context, members[i], qBetter[i], qWorse[i]) is Finding divergence)
                {
                    findings.Add(divergence);
                }

                if (Regret(context, members[i]) is Finding regret)
                {
                    findings.Add(regret);
                }
            }
        }

        return findings;
    }

    /// <summary>Each business series with the proxy measured on the same data in that run (MetricNames.ProxyOf).</summary>
    private static IEnumerable<TrendPair> Pairs(AnalysisContext context)
    {
        int min = context.Thresholds.MinCheckpoints;
        foreach (Run run in context.Runs.Runs)
        {
            var roles = run.Series.Where(s => context.Runs.Metrics.ContainsKey(s.Name))
                .Select(s => (Series: s, Definition: context.Runs.Metrics[s.Name])).ToList();
            var proxies = roles.Where(r => r.Definition.Role == MetricRole.Proxy && context.Checkpoints(r.Series, r.Definition).Usable(min))
                .ToDictionary(r => r.Definition, r => r.Series);
            foreach (var business in roles.Where(r => r.Definition.Role == MetricRole.Business))
            {
                if (MetricNames.ProxyOf(business.Definition, proxies.Keys) is not MetricDefinition proxy)
                {
                    continue;
                }

                CheckpointSeries proxyPoints = context.Checkpoints(proxies[proxy], proxy);
                MannKendallResult proxyTrend = context.Trend(proxyPoints);
                CheckpointSeries points = context.Checkpoints(business.Series, business.Definition);
                if (points.Usable(min) && proxyTrend.IsDefined)
                {
                    yield return new TrendPair(run.Id, proxy, proxyPoints, proxyTrend, business.Definition, points, context.Trend(points), points.Slope());
                }
            }
        }
    }

    /// <summary>
    /// The noise of one checkpoint's business score: the standard errors the logs report (a <c>&lt;metric&gt;_stderr</c>
    /// series, as lm-eval writes), else the series' point-to-point noise.
    /// </summary>
    private static (double Sd, string Source) MeasurementNoise(AnalysisContext context, TrendPair pair)
    {
        Run run = context.Runs.GetRun(pair.RunId);
        if (run.FindSeries(pair.Business.Name + "_stderr") is MetricSeries stderr && stderr.Finite().Values is { Length: > 0 } values)
        {
            return (Descriptive.Median(values), "logged standard errors");
        }

        return (pair.Business.NoiseScale(), "checkpoint-to-checkpoint noise");
    }

    private static Finding? Divergence(AnalysisContext context, TrendPair pair, double qBetter, double qWorse)
    {
        Thresholds t = context.Thresholds;
        double upperChange = pair.BusinessSlope.High * pair.Business.Span;
        bool businessWorse = pair.BusinessTrend.PDecreasing < t.Alpha;
        bool businessFlat = upperChange < t.BusinessDelta;
        bool businessBetter = pair.BusinessTrend.PIncreasing < t.Alpha;
        string business = pair.Business.Name;
        string proxy = pair.Proxy.Name;
        string message;
        (double From, double To) shade;
        if (qBetter <= context.FamilyAlpha(FindingCatalog.ProxyBusinessDivergence) && (businessFlat || businessWorse))
        {
            string how = businessWorse
                ? $"worsens (MK {MessageNumbers.P(pair.BusinessTrend.PDecreasing)})"
                : $"stays flat (change over {MessageNumbers.Step(pair.Business.Span)} steps ≤ {MessageNumbers.Value(upperChange)}, below δ "
                    + $"{MessageNumbers.Value(t.BusinessDelta)})";
            message = $"Run {pair.RunId}: {proxy} keeps improving (MK τ {MessageNumbers.Value(pair.ProxyTrend.Tau)}, {MessageNumbers.P(qBetter, "q")}) "
                + $"while {business} {how}";
            shade = (pair.Business.Steps[pair.Business.BestIndex()], pair.Proxy.Steps[^1]);
        }
        else if (qWorse <= context.FamilyAlpha(FindingCatalog.ProxyBusinessDivergence) && businessBetter)
        {
            message = $"Run {pair.RunId}: {proxy} worsens (MK τ {MessageNumbers.Value(pair.ProxyTrend.Tau)}, {MessageNumbers.P(qWorse, "q")}) while "
                + $"{business} improves (MK {MessageNumbers.P(pair.BusinessTrend.PIncreasing)}): the proxy does not track the goal";
            shade = (pair.Proxy.Steps[pair.Proxy.BestIndex()], pair.Proxy.Steps[^1]);
        }
        else
        {
            return null;
        }

        (double regret, double apart) = pair.SelectionRegret();
        var evidence = Evidence.Of(
            ("proxy", proxy),
            ("proxy_tau", pair.ProxyTrend.Tau),
            ("proxy_p", Math.Min(pair.ProxyTrend.PIncreasing, pair.ProxyTrend.PDecreasing)),
            ("proxy_q", Math.Min(qBetter, qWorse)),
            ("business_tau", pair.BusinessTrend.Tau),
            ("business_p_increasing", pair.BusinessTrend.PIncreasing),
            ("business_slope_per_step", pair.BusinessSlope.Slope),
            ("business_slope_ci90", new[] { pair.BusinessSlope.Low, pair.BusinessSlope.High }),
            ("span_steps", pair.Business.Span),
            ("business_change_upper", upperChange),
            ("delta_b", t.BusinessDelta),
            ("checkpoints", pair.Business.Count),
            ("steps_between_best", apart),
            ("selection_regret", regret));
        string note = string.Create(CultureInfo.InvariantCulture,
            $"{proxy}: MK τ {pair.ProxyTrend.Tau:0.##}; {business}: Sen slope×span ≤ {upperChange:0.####} (δ {t.BusinessDelta:0.####}); "
            + $"regret {regret:0.####}");
        return Finding.Create(FindingCatalog.ProxyBusinessDivergence, new Subject(Run: pair.RunId, Metric: business), message, evidence,
            TrendPlots.ProxyBusiness(FindingCatalog.ProxyBusinessDivergence, pair, message, shade, note));
    }

    private static Finding? Regret(AnalysisContext context, TrendPair pair)
    {
        (double regret, double apart) = pair.SelectionRegret();
        (double noise, string noiseSource) = MeasurementNoise(context, pair);

        // The best of k noisy checkpoints beats any given one with no effect at all (winner's curse): the regret must
        // clear the max-statistic bound √2·σ·z(1 − α/(k − 1)) over k checkpoints, and the practical margin.
        int k = pair.Business.Count;
        double z = Statistics.Distributions.NormalQuantile(1 - (context.FamilyAlpha(FindingCatalog.SelectionRegret) / Math.Max(1, k - 1)));
        double margin = Math.Max(context.Thresholds.BusinessDelta, double.IsFinite(noise) ? Math.Sqrt(2) * noise * z : 0);
        if (!(regret >= margin))
        {
            return null;
        }

        string business = pair.Business.Name;
        int bestBusiness = pair.Business.BestIndex();
        int proxyPick = pair.Business.NearestIndex(pair.Proxy.Steps[pair.Proxy.BestIndex()]);
        string message = $"Run {pair.RunId}: the checkpoint picked by {pair.Proxy.Name} (step {MessageNumbers.Step(pair.Business.Steps[proxyPick])}) loses "
            + $"{MessageNumbers.Value(regret)} {business} against step {MessageNumbers.Step(pair.Business.Steps[bestBusiness])} "
            + $"(beyond the {MessageNumbers.Value(margin)} that picking the best of {k} checkpoints gains from noise alone)";
        var evidence = Evidence.Of(
            ("proxy", pair.Proxy.Name),
            ("selection_regret", regret),
            ("proxy_best_step", pair.Business.Steps[proxyPick]),
            ("business_best_step", pair.Business.Steps[bestBusiness]),
            ("steps_between_best", apart),
            ("checkpoint_noise_sd", noise),
            ("noise_source", noiseSource),
            ("margin", margin),
            ("checkpoints", pair.Business.Count));
        var shade = (Math.Min(pair.Business.Steps[bestBusiness], pair.Business.Steps[proxyPick]),
            Math.Max(pair.Business.Steps[bestBusiness], pair.Business.Steps[proxyPick]));
        string note = string.Create(CultureInfo.InvariantCulture, $"regret {regret:0.####} ≥ margin {margin:0.####}; {apart:0.##} steps apart");
        PlotSpec plot = TrendPlots.ProxyBusiness(FindingCatalog.SelectionRegret, pair, message, shade, note) with
        {
            Markers =
            [
                TrendPlots.Checkpoint($"picked by {pair.Proxy.Name}", pair.Business, proxyPick),
                TrendPlots.Checkpoint($"best {business}", pair.Business, bestBusiness),
            ],
        };
        return Finding.Create(FindingCatalog.SelectionRegret, new Subject(Run: pair.RunId, Metric: business), message, evidence, plot);
    }
}
