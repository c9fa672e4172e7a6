using System.Collections.Immutable;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL602 WinnerWithinNoise and LL607 Underpowered (docs/methods.md), per business metric and dataset, over
/// configs with ≥ 2 seeds (a single-seed "best" cannot be told from its own noise).
/// LL602: max-statistic permutation test (T = max mean − grand mean, labels permuted keeping group
/// sizes) with ≥ 3 configs; flags p ≥ α, with best vs runner-up Welch t, P(X&gt;Y) and its bootstrap CI,
/// and the Mann–Whitney p as evidence. LL607 (info): best vs runner-up not significant → the minimum
/// detectable effect at the current seeds and the seeds needed for the observed Δ (pooled within SD).
/// </summary>
internal sealed class WinnerWithinNoiseDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly WinnerWithinNoiseDetector Default = new();

    private WinnerWithinNoiseDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.WinnerWithinNoise, FindingCatalog.Underpowered];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (MetricDefinition metric in NoiseInputs.BusinessMetrics(context))
        {
            foreach (string dataset in context.DatasetsOf(metric.Name))
            {
                foreach (Finding finding in Check(context, metric, dataset))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<Finding> Check(AnalysisContext context, MetricDefinition metric, string dataset)
    {
        var groups = context.ValuesByConfig(metric.Name, dataset).Where(g => g.Values.Length >= 2).ToList();
        if (groups.Count < 2)
        {
            yield break;
        }

        var subject = new Subject(Metric: metric.Name, Dataset: dataset);
        var goodness = groups.Select(g => NoiseInputs.Goodness(g, metric)).ToList();
        if (goodness.Select(g => g.Average()).Distinct().Count() == 1)
        {
            yield break; // every config has the same mean: nothing is being picked as best
        }

        var order = Enumerable.Range(0, groups.Count).OrderByDescending(i => goodness[i].Average())
            .ThenBy(i => groups[i].ConfigKey, StringComparer.Ordinal).ToList();
        var pair = WinnerComparison.Compute(
            groups[order[0]].ConfigKey, goodness[order[0]], groups[order[1]].ConfigKey, goodness[order[1]],
            context.Random(FindingCatalog.WinnerWithinNoise, subject.Key), context.Options.Resamples);

        if (groups.Count >= 3)
        {
            double p = Permutation.MaxStatisticP(goodness, context.Random(FindingCatalog.WinnerWithinNoise, subject.Key + "|max"),
                context.Options.Permutations);
            if (p >= context.Thresholds.Alpha)
            {
                yield return WinnerFinding(metric, dataset, subject, groups, p, pair, context.Options.Permutations);
            }
        }

        if (!(pair.Welch.P < context.Thresholds.Alpha))
        {
            Finding? underpowered = UnderpoweredFinding(context, metric, dataset, subject, goodness, pair);
            if (underpowered is not null)
            {
                yield return underpowered;
            }
        }
    }

    private static Finding WinnerFinding(MetricDefinition metric, string dataset, Subject subject, List<GroupValues> groups, double p, WinnerComparison pair,
        int permutations)
    {
        string message = NoiseInputs.Format(
            $"The best config on {metric.Name} ({dataset}), {pair.Best}, is not distinguishable from seed noise: max-statistic {MessageNumbers.P(p)} over ",
            $"{groups.Count} configs; vs runner-up Δ {pair.Delta:0.####}, P(X>Y) {pair.Superiority:0.00} [{pair.SuperiorityCi.Low:0.00}, ",
            $"{pair.SuperiorityCi.High:0.00}]");
        var evidence = Evidence.Of(
            ("p", p),
            ("configs", groups.Count),
            ("runs", groups.Sum(g => g.Values.Length)),
            ("permutations", permutations),
            ("best", pair.Best),
            ("runner_up", pair.RunnerUp),
            ("delta", pair.Delta),
            ("welch_t", pair.Welch.T),
            ("welch_p", pair.Welch.P),
            ("p_superiority", pair.Superiority),
            ("p_superiority_ci", new[] { pair.SuperiorityCi.Low, pair.SuperiorityCi.High }),
            ("mann_whitney_p", pair.MannWhitneyP));
        string note = NoiseInputs.Format(
            $"max-statistic {MessageNumbers.P(p)}; best vs runner-up Welch {MessageNumbers.P(pair.Welch.P)}, P(X>Y) {pair.Superiority:0.00}");
        return Finding.Create(
            FindingCatalog.WinnerWithinNoise, subject, message, evidence,
            NoiseInputs.SpreadPlot(FindingCatalog.WinnerWithinNoise, metric.Name, dataset, groups,
                $"the best config on {metric.Name} ({dataset}) is within seed noise", pair.Best, note));
    }

    private static Finding? UnderpoweredFinding(AnalysisContext context, MetricDefinition metric, string dataset, Subject subject, List<double[]> goodness,
        WinnerComparison pair)
    {
        double sd = Descriptive.PooledWithinSd(goodness);
        if (!(sd > 0) || !double.IsFinite(pair.Delta))
        {
            return null;
        }

        var t = context.Thresholds;
        int n = Math.Min(pair.BestN, pair.RunnerUpN);
        double mde = Power.MinimumDetectableEffect(n, sd, t.Alpha, t.Power);
        // Seeds to detect the observed Δ, or business_delta when Δ is smaller: a difference below what matters is not
        // worth seeds, and when the seeds at hand already detect business_delta the comparison is not underpowered
        // (LL601 then says whether the configs are within noise). This also keeps a near-tie from asking for 2^31 seeds.
        double target = Math.Max(pair.Delta, t.BusinessDelta);
        int seeds = target > 0 ? Power.SeedsNeeded(sd, target, t.Alpha, t.Power) : int.MaxValue;
        double needed = seeds == int.MaxValue ? double.PositiveInfinity : seeds;
        if (needed <= n)
        {
            return null;
        }

        string advice = !double.IsFinite(needed)
            ? "the top two configs are tied: no number of seeds will separate them"
            : pair.Delta >= t.BusinessDelta
                ? NoiseInputs.Format(
                    $"run {needed - n:0} more seeds per config ({needed:0} in all) to detect the observed Δ {pair.Delta:0.####} with power {t.Power:0.##}")
                : NoiseInputs.Format(
                    $"the observed Δ {pair.Delta:0.####} is below the {t.BusinessDelta:0.####} that matters; run {needed - n:0} more seeds per config ",
                    $"({needed:0} in all) to detect a difference of {t.BusinessDelta:0.####} with power {t.Power:0.##}");
        string message = NoiseInputs.Format(
            $"{pair.Best} vs {pair.RunnerUp} on {metric.Name} ({dataset}) is underpowered: with {n} seeds the minimum detectable effect is {mde:0.####} ",
            $"(within SD {sd:0.####}); {advice}");
        return Finding.Create(
            FindingCatalog.Underpowered, subject, message,
            Evidence.Of(
                ("best", pair.Best),
                ("runner_up", pair.RunnerUp),
                ("delta", pair.Delta),
                ("welch_p", pair.Welch.P),
                ("seeds", n),
                ("within_sd", sd),
                ("mde", mde),
                ("seeds_needed", double.IsFinite(needed) ? needed : double.NaN),
                ("power", t.Power)));
    }
}
