using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Proxy;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL302/LL303/LL304 across configs (docs/methods.md): one value per config (mean over seeds), Kendall τ-b between
/// proxy goodness and business goodness with a cluster-bootstrap CI over configs (seeds never inflate n),
/// and the business score lost by picking the config with the best proxy.
/// </summary>
internal sealed class ProxyBusinessRankDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly ProxyBusinessRankDetector Default = new();

    /// <summary>LL302 needs the τ CI's upper bound below this: even an optimistic reading stays weak.</summary>
    public const double UninformativeUpperBound = 0.5;

    /// <summary>
    /// Two-sided level of the bootstrap CI of τ. LL302 is an equivalence-style claim that reads only the upper
    /// bound, so (as in TOST) the 90% interval gives the one-sided 95% bound; the 95% interval would test at 2.5%.
    /// </summary>
    public const double Confidence = 0.90;

    private ProxyBusinessRankDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } =
        [FindingCatalog.ProxyUninformative, FindingCatalog.ProxyAntiCorrelated, FindingCatalog.SelectionRegret];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ImmutableArray<MetricDefinition> proxies = context.Runs.MetricsWithRole(MetricRole.Proxy);
        var metricsOn = context.Runs.Observations.GroupBy(o => o.Dataset, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Metric).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (MetricDefinition business in context.Runs.MetricsWithRole(MetricRole.Business))
        {
            // One proxy per business metric and dataset: the one measured on the same data (the eval loss for an
            // eval accuracy, a task's own perplexity), never every proxy against every business metric.
            foreach (string dataset in context.DatasetsOf(business.Name))
            {
                HashSet<string> observed = metricsOn[dataset];
                if (MetricNames.ProxyOf(business, proxies.Where(p => observed.Contains(p.Name))) is MetricDefinition proxy)
                {
                    ConfigPairs? pairs = ConfigPairs.Join(context, proxy, business, dataset);
                    if (pairs is null || pairs.Count < context.Thresholds.MinConfigs)
                    {
                        continue;
                    }

                    foreach (Finding finding in Analyse(context, pairs))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static IEnumerable<Finding> Analyse(AnalysisContext context, ConfigPairs pairs)
    {
        TestResult tau = KendallTau.TauB(pairs.ProxyGoodness, pairs.BusinessGoodness);
        if (!tau.IsDefined)
        {
            yield break;
        }

        var subject = new Subject(Metric: pairs.Business.Name, Dataset: pairs.Dataset);
        Interval ci = pairs.TauInterval(context.Random(FindingCatalog.ProxyUninformative, $"{pairs.Proxy.Name}|{subject.Key}"),
            context.Options.Resamples, Confidence);
        var evidence = Evidence.Of(
            ("proxy", pairs.Proxy.Name),
            ("tau_b", tau.Statistic),
            ("tau_ci90", new[] { ci.Low, ci.High }),
            ("p", tau.P),
            ("spearman_rho", Spearman.Rho(pairs.ProxyGoodness, pairs.BusinessGoodness).Statistic),
            ("configs", pairs.Count),
            ("runs", pairs.Runs));
        string stats = string.Create(CultureInfo.InvariantCulture,
            $"τ-b {tau.Statistic:0.##} [{ci.Low:0.##}, {ci.High:0.##}], {MessageNumbers.P(tau.P)}, {pairs.Count} configs");
        if (tau.Statistic < 0 && tau.P < context.FamilyAlpha(FindingCatalog.ProxyAntiCorrelated))
        {
            string message = $"On {pairs.Dataset}, configs with a better {pairs.Proxy.Name} have a worse {pairs.Business.Name} ({stats})";
            yield return Finding.Create(FindingCatalog.ProxyAntiCorrelated, subject, message, evidence,
                pairs.Scatter(FindingCatalog.ProxyAntiCorrelated, message, stats));
        }
        else if (tau.Statistic <= context.Thresholds.ProxyTau && ci.High < UninformativeUpperBound)
        {
            string message = $"On {pairs.Dataset}, {pairs.Proxy.Name} barely predicts which config has the better {pairs.Business.Name} ({stats})";
            yield return Finding.Create(FindingCatalog.ProxyUninformative, subject, message, evidence,
                pairs.Scatter(FindingCatalog.ProxyUninformative, message, stats));
        }

        if (pairs.Regret(context) is Finding regret)
        {
            yield return regret;
        }
    }
}
