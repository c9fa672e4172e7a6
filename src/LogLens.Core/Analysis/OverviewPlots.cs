using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Analysis;

/// <summary>
/// Plots of the whole run set that are not tied to one finding: proxy vs business per run, seed spread per
/// config, and the best-vs-worst gain per dataset. Deterministic: ordinal ordering throughout.
/// </summary>
internal static class OverviewPlots
{
    /// <summary>At most this many proxy-vs-business run plots (the runs with the most points).</summary>
    public const int MaxRunPlots = 12;

    /// <summary>At most this many configs in a spread plot (the best by mean); more would be unreadable.</summary>
    public const int MaxSpreadConfigs = 24;

    /// <summary>
    /// Builds the overview plot specs, at most <see cref="AnalysisOptions.MaxOverviewPlots"/> of them: the per-dataset gain
    /// forests first (one per metric, the widest view), then the proxy-vs-business runs, then the seed spreads in metric and
    /// dataset order; the kept plots stay in the order proxy-business, spreads, forests.
    /// </summary>
    /// <returns>The kept plots, and how many more the cap left out (the reports say so).</returns>
    public static (List<PlotSpec> Kept, int Omitted) Build(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ImmutableArray<MetricDefinition> business = context.Runs.MetricsWithRole(MetricRole.Business);
        List<PlotSpec> proxy = [.. ProxyBusiness(context.Runs)];
        List<PlotSpec> forests = [.. business.SelectMany(m => Forest(context, m))];
        List<PlotSpec> spreads = [.. business.SelectMany(m => Spreads(context, m))];
        int all = proxy.Count + forests.Count + spreads.Count;
        int left = Math.Max(0, context.Options.MaxOverviewPlots);
        forests = [.. forests.Take(left)];
        proxy = [.. proxy.Take(left - forests.Count)];
        spreads = [.. spreads.Take(left - forests.Count - proxy.Count)];
        return ([.. proxy, .. spreads, .. forests], all - proxy.Count - spreads.Count - forests.Count);
    }

    private static IEnumerable<PlotSpec> ProxyBusiness(RunSet runs)
    {
        var proxies = runs.MetricsWithRole(MetricRole.Proxy).OrderBy(m => MetricNames.IsEval(m.Name) ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        var businesses = runs.MetricsWithRole(MetricRole.Business);
        var pairs = new List<(Run Run, MetricSeries Proxy, MetricSeries Business, int Points)>();
        foreach (Run run in runs.Runs)
        {
            MetricSeries? proxy = proxies.Select(m => run.FindSeries(m.Name)).FirstOrDefault(s => s is not null && FiniteCount(s) >= 2);
            MetricSeries? business = businesses.Select(m => run.FindSeries(m.Name)).FirstOrDefault(s => s is not null && FiniteCount(s) >= 2);
            if (proxy is not null && business is not null)
            {
                pairs.Add((run, proxy, business, FiniteCount(proxy) + FiniteCount(business)));
            }
        }

        return pairs
            .OrderByDescending(p => p.Points).ThenBy(p => p.Run.Id, StringComparer.Ordinal)
            .Take(MaxRunPlots)
            .OrderBy(p => p.Run.Id, StringComparer.Ordinal)
            .Select(p => new PlotSpec(
                "overview-proxy-business-" + p.Run.Id,
                PlotKind.Lines,
                $"Proxy vs business: {p.Proxy.Name} and {p.Business.Name} over training ({p.Run.Id})",
                "step",
                Direction(runs, p.Proxy.Name))
            {
                RightYLabel = Direction(runs, p.Business.Name),
                Series = [new PlotSeries(p.Proxy.Name, p.Proxy.Steps, p.Proxy.Values),
                    new PlotSeries(p.Business.Name, p.Business.Steps, p.Business.Values, RightAxis: true)],
            });
    }

    private static IEnumerable<PlotSpec> Spreads(AnalysisContext context, MetricDefinition metric)
    {
        foreach (string dataset in context.DatasetsOf(metric.Name))
        {
            ImmutableArray<GroupValues> groups = context.ValuesByConfig(metric.Name, dataset);
            if (groups.Length == 0 || (groups.Length < 2 && groups[0].Values.Length < 2))
            {
                continue;
            }

            var shown = groups
                .OrderByDescending(g => metric.Goodness(g.Mean)).ThenBy(g => g.ConfigKey, StringComparer.Ordinal)
                .Take(MaxSpreadConfigs)
                .ToList();
            ImmutableArray<string> labels = ConfigLabels.Differing([.. shown.Select(g => g.ConfigKey)], context.Runs);
            // A config with one run has no interval (the plot draws no bar for it), so the note says what the bars are only when there are some.
            string bars = groups.Any(g => g.Values.Length >= 2) ? "bars: mean with 95% t-CI" : "one run per config: no interval";
            string note = $"{groups.Sum(g => g.Values.Length)} runs in {groups.Length} configs; {bars}";
            if (shown.Count < groups.Length)
            {
                note += $"\nshowing the best {shown.Count} of {groups.Length} configs";
            }

            yield return new PlotSpec(
                $"overview-spread-{metric.Name}-{dataset}",
                PlotKind.Spread,
                $"Seed spread of {metric.Name} per config on {dataset} (best on top)",
                "config",
                Direction(context.Runs, metric.Name))
            {
                Categories = [.. shown.Select((g, i) => Category(g, labels[i]))],
                Note = note,
            };
        }
    }

    private static PlotCategory Category(GroupValues group, string label)
    {
        Interval ci = Descriptive.MeanConfidenceInterval(group.Values);
        return new PlotCategory(label, group.Mean, ci.Low, ci.High, group.Values);
    }

    private static IEnumerable<PlotSpec> Forest(AnalysisContext context, MetricDefinition metric)
    {
        ImmutableArray<string> datasets = context.DatasetsOf(metric.Name);
        if (datasets.Length < 2)
        {
            yield break;
        }

        var byDataset = datasets.ToDictionary(d => d, d => context.ValuesByConfig(metric.Name, d).ToDictionary(g => g.ConfigKey, StringComparer.Ordinal),
            StringComparer.Ordinal);

        // Best and worst are chosen once, on the mean over datasets, so the plot shows whether the gain generalises.
        var common = byDataset.Values.Select(g => (IEnumerable<string>)g.Keys).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        if (common.Count < 2)
        {
            yield break;
        }

        var ranked = common
            .Select(c => (Config: c, Score: datasets.Average(d => metric.Goodness(byDataset[d][c].Mean))))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Config, StringComparer.Ordinal)
            .ToList();
        string best = ranked[0].Config, worst = ranked[^1].Config;
        var rows = datasets.Select(d =>
        {
            WelchResult welch = WelchT.Test(Goodness(metric, byDataset[d][best].Values), Goodness(metric, byDataset[d][worst].Values));
            return new PlotCategory(d, welch.Difference, welch.DifferenceCi.Low, welch.DifferenceCi.High, [], Highlight: welch.DifferenceCi.High < 0);
        });
        ImmutableArray<string> pair = ConfigLabels.Differing([best, worst], context.Runs);
        string sign = metric.HigherIsBetter ? string.Empty : " (sign flipped: lower is better)";
        yield return new PlotSpec(
            $"overview-forest-{metric.Name}",
            PlotKind.Forest,
            $"Gain of the best config over the worst on {metric.Name}, per dataset",
            "dataset",
            $"Δ {metric.Name}, best − worst{sign}")
        {
            Categories = [.. rows],
            ReferenceLine = 0,
            Note = string.Create(CultureInfo.InvariantCulture, $"best: {pair[0]}\nworst: {pair[1]}\nbars: Welch 95% CI"),
            FlagLegend = "best significantly worse",
        };
    }

    private static double[] Goodness(MetricDefinition metric, double[] values) => [.. values.Select(metric.Goodness)];

    private static string Direction(RunSet runs, string metric) =>
        runs.Metrics.TryGetValue(metric, out MetricDefinition? d) ? $"{metric} ({(d.HigherIsBetter ? "higher" : "lower")} is better)" : metric;

    private static int FiniteCount(MetricSeries series) => series.Values.Count(double.IsFinite);
}
