using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Samples;
using LogLens.Core.Findings;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL401 RuleSliceViolated: a must-refuse or rule slice is violated at every setting tried. Per slice and config,
/// violations k of n samples; a setting meets the rule unless the one-sided Clopper–Pearson lower bound of its
/// violation rate exceeds <see cref="Configuration.Thresholds.RuleTolerance"/> (default 0: any violation counts,
/// docs/methods.md), at level 1 − α shared with LL403 (<see cref="QuestionFamilies"/>). Flagged when no setting meets the
/// rule: an intersection–union test, which needs no correction over settings; its p is the largest per-setting exact binomial p. Samples are the units (each
/// is an output a user
/// could get); with a tolerance above 0, repeated samples of one prompt make the bound optimistic.
/// </summary>
internal sealed class RuleSliceDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly RuleSliceDetector Default = new();

    private RuleSliceDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.RuleSliceViolated];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double tolerance = context.Thresholds.RuleTolerance;
        double level = 1 - context.FamilyAlpha(FindingCatalog.RuleSliceViolated);
        foreach (var slice in ConstrainedSamples.Collect(context.Runs).Where(s => s.Violated is not null).GroupBy(s => s.Slice, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            List<RateByConfig> rows =
            [
                .. slice.GroupBy(s => s.ConfigKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new RateByConfig(
                    g.Key,
                    g.Count(s => s.Violated == true),
                    g.Count(),
                    [.. g.GroupBy(s => s.RunId, StringComparer.Ordinal).Select(r => r.Count(s => s.Violated == true) / (double)r.Count())]))
            ];
            // Repeated samples of one prompt in one run are a cluster: the exact bounds use the effective sample size.
            var effective = slice.GroupBy(s => s.ConfigKey, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => ClusteredProportion.Effective([.. g.GroupBy(s => (s.RunId, s.PromptId)).Select(c => (c.Count(s => s.Violated == true), c.Count()))]),
                StringComparer.Ordinal);
            if (rows.Count == 0 || !rows.All(r => ClopperPearson.Lower(effective[r.ConfigKey].Events, effective[r.ConfigKey].N, level) > tolerance))
            {
                continue;
            }

            RateByConfig best = rows.OrderBy(r => r.Rate).ThenBy(r => r.ConfigKey, StringComparer.Ordinal).First();
            double p = rows.Max(r => ClopperPearson.UpperTailP(effective[r.ConfigKey].Events, effective[r.ConfigKey].N, tolerance));
            double bestLower = ClopperPearson.Lower(effective[best.ConfigKey].Events, effective[best.ConfigKey].N, level);
            string message = string.Create(CultureInfo.InvariantCulture,
                $"The {slice.Key} slice is violated at every one of {rows.Count} settings tried; the best setting still violates it in "
                + $"{best.Describe()} of its samples");
            var evidence = Evidence.Of(
                ("settings", rows.Count),
                ("samples", rows.Sum(r => r.N)),
                ("violations", rows.Sum(r => r.Events)),
                ("best_setting", best.ConfigKey),
                ("best_rate", best.Rate),
                ("best_rate_lower_95", bestLower),
                ("best_effective_n", effective[best.ConfigKey].N),
                ("tolerance", tolerance),
                ("p", p));
            string note = string.Create(CultureInfo.InvariantCulture,
                $"{rows.Count} settings, {rows.Sum(r => r.N)} judged samples\nbest: {best.Describe()} violated, {level:0.##%} lower bound "
                + $"{bestLower:0.###}\ntolerated rate: {tolerance:0.###}");
            yield return Finding.Create(
                FindingCatalog.RuleSliceViolated,
                new Subject(Slice: slice.Key),
                message,
                evidence,
                RateByConfig.Plot(FindingCatalog.RuleSliceViolated.PlotName(slice.Key),
                    FindingCatalog.RuleSliceViolated.PlotTitle($"the {slice.Key} slice is violated at every setting tried"),
                    $"violation rate on {slice.Key} (lower is better; bars: exact 95% CI)", rows, tolerance, note, _ => true));
        }
    }
}
