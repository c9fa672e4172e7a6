using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Proxy;

/// <summary>Config means of a proxy and a business metric on one dataset, joined on config key (ordinal order).</summary>
internal sealed record ConfigPairs(
    MetricDefinition Proxy,
    MetricDefinition Business,
    string Dataset,
    string[] Configs,
    double[] ProxyMeans,
    double[] BusinessMeans,
    GroupValues[] BusinessGroups)
{
    /// <summary>Number of configs.</summary>
    public int Count => Configs.Length;

    /// <summary>Runs behind the business means.</summary>
    public int Runs => BusinessGroups.Sum(g => g.Values.Length);

    /// <summary>Proxy means as goodness.</summary>
    public double[] ProxyGoodness => [.. ProxyMeans.Select(Proxy.Goodness)];

    /// <summary>Business means as goodness.</summary>
    public double[] BusinessGoodness => [.. BusinessMeans.Select(Business.Goodness)];

    /// <summary>Joins the two metrics' config means; null when either has no values.</summary>
    public static ConfigPairs? Join(AnalysisContext context, MetricDefinition proxy, MetricDefinition business, string dataset)
    {
        var proxyByConfig = context.ValuesByConfig(proxy.Name, dataset).ToDictionary(g => g.ConfigKey, StringComparer.Ordinal);
        GroupValues[] joined = [.. context.ValuesByConfig(business.Name, dataset).Where(g => proxyByConfig.ContainsKey(g.ConfigKey))];
        return joined.Length == 0
            ? null
            : new ConfigPairs(proxy, business, dataset, [.. joined.Select(g => g.ConfigKey)], [.. joined.Select(g => proxyByConfig[g.ConfigKey].Mean)],
                [.. joined.Select(g => g.Mean)], joined);
    }

    /// <summary>
    /// Percentile CI of τ-b from a cluster bootstrap over configs: configs are resampled whole (with their
    /// seeds), so n is the number of configs. Resamples where τ-b is undefined (constant) are skipped.
    /// </summary>
    public Interval TauInterval(Random random, int resamples, double confidence)
    {
        double[] x = ProxyGoodness;
        double[] y = BusinessGoodness;
        var taus = new List<double>(resamples);
        var bx = new double[Count];
        var by = new double[Count];
        for (int b = 0; b < resamples; b++)
        {
            for (int i = 0; i < Count; i++)
            {
                int k = random.Next(Count);
                bx[i] = x[k];
                by[i] = y[k];
            }

            TestResult tau = KendallTau.TauB(bx, by);
            if (tau.IsDefined)
            {
                taus.Add(tau.Statistic);
            }
        }

        if (taus.Count < resamples / 2)
        {
            return Interval.Undefined;
        }

        double tail = (1 - confidence) / 2;
        return new Interval(Descriptive.QuantileR7([.. taus], tail), Descriptive.QuantileR7([.. taus], 1 - tail));
    }

    /// <summary>
    /// LL304 across configs: business(argmax business) − business(argmax proxy) ≥ δ_b, and beyond seed noise —
    /// a one-sided Welch test between the two configs' seeds (both need ≥ 2 seeds; without replicates the
    /// gap cannot be told from noise and nothing is claimed).
    /// </summary>
    public Finding? Regret(AnalysisContext context)
    {
        double[] proxy = ProxyGoodness;
        double[] business = BusinessGoodness;
        int byProxy = ArgMax(proxy);
        int byBusiness = ArgMax(business);
        double regret = business[byBusiness] - business[byProxy];
        GroupValues best = BusinessGroups[byBusiness];
        GroupValues picked = BusinessGroups[byProxy];
        if (byProxy == byBusiness || regret < context.Thresholds.BusinessDelta || best.Values.Length < 2 || picked.Values.Length < 2)
        {
            return null;
        }

        // The best config is picked as the maximum of k: Bonferroni over the k − 1 configs it was picked from.
        double raw = WelchOneSidedP([.. best.Values.Select(Business.Goodness)], [.. picked.Values.Select(Business.Goodness)]);
        double p = Math.Min(1, raw * Math.Max(1, Count - 1));
        if (!(p < context.FamilyAlpha(FindingCatalog.SelectionRegret)))
        {
            return null;
        }

        string message = string.Create(CultureInfo.InvariantCulture,
            $"On {Dataset}, the config with the best {Proxy.Name} ({picked.ConfigKey}) loses {regret:0.####} {Business.Name} against {best.ConfigKey} (Welch "
            + $"{MessageNumbers.P(p)}, corrected for picking the best of {Count} configs)");
        var evidence = Evidence.Of(
            ("proxy", Proxy.Name),
            ("selection_regret", regret),
            ("proxy_best_config", picked.ConfigKey),
            ("business_best_config", best.ConfigKey),
            ("p", p),
            ("delta_b", context.Thresholds.BusinessDelta),
            ("configs", Count));
        var subject = new Subject(Metric: Business.Name, Dataset: Dataset);
        return Finding.Create(FindingCatalog.SelectionRegret, subject, message, evidence,
            Scatter(FindingCatalog.SelectionRegret, message,
                string.Create(CultureInfo.InvariantCulture, $"regret {regret:0.####}, Welch {MessageNumbers.P(p)} (best of {Count})")));
    }

    private static int ArgMax(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }

    /// <summary>One-sided Welch p for mean(a) &gt; mean(b); two constant samples count as exact (p 0 or 1).</summary>
    private static double WelchOneSidedP(double[] a, double[] b)
    {
        WelchResult welch = WelchT.Test(a, b);
        if (!welch.IsDefined)
        {
            return Descriptive.Mean(a) > Descriptive.Mean(b) ? 0 : 1;
        }

        return welch.T > 0 ? welch.P / 2 : 1 - (welch.P / 2);
    }

    /// <summary>Proxy (x) against business (y) config means, one labelled point per config.</summary>
    public PlotSpec Scatter(FindingDescriptor descriptor, string message, string note) =>
        new PlotSpec(descriptor.PlotName($"{Dataset}-{Proxy.Name}-{Business.Name}"), PlotKind.Scatter, descriptor.PlotTitle(message),
            $"{TrendPlots.AxisLabel(Proxy)}, config mean", $"{TrendPlots.AxisLabel(Business)}, config mean")
        {
            Series = [new PlotSeries("configs", ProxyMeans, BusinessMeans, PointLabels: [.. ConfigLabels.Differing(Configs)])],
            Note = note,
        };
}
