using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Samples;
using LogLens.Core.Findings;
using LogLens.Core.Detection.Sweeps;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL402 RefusalUnresponsive: refusal behaviour no parameter moves (docs/methods.md UnresponsiveSlice, applied to the
/// refusal rate). Per run, the share of must-refuse samples handled correctly; per parameter, F against seed noise,
/// ω² and BH over parameters. Flagged when (1) no parameter moves the refusal rate (q ≤ α and ω² ≥ 0.01), (2) the
/// same sweep does move the overall business metric (so the sweep could have shown an effect; without a business
/// metric, the accuracy on answerable samples judged by <c>correct</c>), and (3) refusal
/// lags: the 95% t-CI upper bound of the mean refusal rate is below <see cref="Target"/>. Needs ≥ <see cref="MinItems"/>
/// judged samples, 3 configs and replicate seeds.
/// </summary>
internal sealed class RefusalUnresponsiveDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly RefusalUnresponsiveDetector Default = new();

    /// <summary>Refusal rate below which refusal counts as lagging.</summary>
    public const double Target = 0.95;

    /// <summary>Judged must-refuse samples needed (docs/methods.md: 30 items per slice).</summary>
    public const int MinItems = 30;

    private RefusalUnresponsiveDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.RefusalUnresponsive];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var samples = ConstrainedSamples.Collect(context.Runs).Where(s => s.ExpectsRefusal && s.Violated is not null).ToList();
        if (samples.Count < MinItems)
        {
            return [];
        }

        string slice = string.Join("+", samples.Select(s => s.Slice).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var rates = samples.GroupBy(s => s.RunId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(s => s.Violated == false) / (double)g.Count(), StringComparer.Ordinal);
        EffectDesign? design = EffectDesign.Create(SweepCells.Of(context.Runs, rates));
        if (design is null || design.Varying.IsEmpty)
        {
            return [];
        }

        double alpha = context.Thresholds.Alpha;
        ImmutableArray<ParameterEffect> refusal = design.TestEach(design.Varying, p => context.Random(FindingCatalog.RefusalUnresponsive, slice + "|" + p),
            context.Options.Permutations);
        Interval mean = Descriptive.MeanConfidenceInterval([.. rates.Values]);
        if (refusal.Any(e => e.Moves(alpha, context.Thresholds.OmegaSquared)) || !(mean.High < Target))
        {
            return [];
        }

        return Overall(context, alpha) is (string metric, EffectDesign overallDesign, ParameterEffect moved)
            ? [Build(context, slice, design, refusal, rates.Values.Average(), mean, metric, overallDesign, moved, samples.Count)]
            : [];
    }

    /// <summary>
    /// The business metric (and dataset) whose strongest parameter effect is beyond seed noise, if any; without
    /// business metrics, the per-run accuracy on the samples no constraint applies to (judged by <c>correct</c>).
    /// </summary>
    private static (string Metric, EffectDesign Design, ParameterEffect Effect)? Overall(AnalysisContext context, double alpha)
    {
        foreach (MetricDefinition metric in context.Runs.MetricsWithRole(MetricRole.Business))
        {
            foreach (string dataset in context.DatasetsOf(metric.Name))
            {
                EffectDesign? design = EffectDesign.Create(SweepCells.Of(context, metric, dataset));
                ParameterEffect? moved = design?.AnalyzeAll(p => context.Random(FindingCatalog.RefusalUnresponsive, $"{metric.Name}|{dataset}|{p}"),
                    context.Options.Permutations)
                    ?.Moving(alpha, context.Thresholds.OmegaSquared).FirstOrDefault();
                if (moved is not null)
                {
                    return ($"{metric.Name} ({dataset})", design!, moved);
                }
            }
        }

        var answers = context.Runs.Runs
            .Select(r => (r.Id, Judged: r.Samples.Where(s => s.Correct is not null && !ConstrainedSamples.IsConstrained(s, context.Runs.Config)).ToList()))
            .Where(r => r.Judged.Count > 0)
            .ToDictionary(r => r.Id, r => r.Judged.Count(s => s.Correct == true) / (double)r.Judged.Count, StringComparer.Ordinal);
        EffectDesign? answered = context.Runs.MetricsWithRole(MetricRole.Business).IsEmpty ? EffectDesign.Create(SweepCells.Of(context.Runs, answers)) : null;
        ParameterEffect? accuracy = answered?.AnalyzeAll(p => context.Random(FindingCatalog.RefusalUnresponsive, "answers|" + p), context.Options.Permutations)
            ?.Moving(alpha, context.Thresholds.OmegaSquared).FirstOrDefault();
        return accuracy is null ? null : ("accuracy on answerable samples", answered!, accuracy);
    }

    private static Finding Build(AnalysisContext context, string slice, EffectDesign design, ImmutableArray<ParameterEffect> refusal, double rate, Interval ci,
        string metric, EffectDesign overall, ParameterEffect moved, int items)
    {
        ParameterEffect top = refusal.OrderByDescending(e => e.OmegaSquared).First();
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Refusal on {slice} ({rate:0.#%} correct, 95% CI [{ci.Low:0.#%}, {ci.High:0.#%}]) does not respond to any of {refusal.Length} parameters, while "
            + $"{moved.Parameter} moves {metric} (ω² {moved.OmegaSquared:0.00})");
        var evidence = Evidence.Of(
            ("refusal_rate", rate),
            ("refusal_rate_ci", new[] { ci.Low, ci.High }),
            ("parameters", refusal.Length),
            ("largest_omega_squared", top.OmegaSquared),
            ("largest_parameter", top.Parameter),
            ("min_q", refusal.Min(e => e.Q)),
            ("overall_metric", metric),
            ("overall_parameter", moved.Parameter),
            ("overall_omega_squared", moved.OmegaSquared),
            ("overall_q", moved.Q),
            ("samples", items),
            ("runs", design.N));
        var rows = refusal.Select(e =>
                EffectPlot.Row($"{e.Parameter} → refusal", e, EffectPlot.Interval(context, design, FindingCatalog.RefusalUnresponsive, slice, e), true))
            .Append(EffectPlot.Row($"{moved.Parameter} → {metric}", moved,
                EffectPlot.Interval(context, overall, FindingCatalog.RefusalUnresponsive, metric, moved), false));
        string note = string.Create(CultureInfo.InvariantCulture,
            $"refusal correct in {rate:0.#%} of must-refuse samples ({items} judged, {design.N} runs)\nno parameter moves it (smallest q "
            + $"{refusal.Min(e => e.Q):0.###})\n{moved.Parameter} moves {metric}: q {moved.Q:0.###}");
        return Finding.Create(FindingCatalog.RefusalUnresponsive, new Subject(Slice: slice), message, evidence,
            EffectPlot.Create(FindingCatalog.RefusalUnresponsive.PlotName(slice),
                FindingCatalog.RefusalUnresponsive.PlotTitle($"no parameter moves refusal on {slice}, while {moved.Parameter} moves {metric}"), rows, note));
    }
}
