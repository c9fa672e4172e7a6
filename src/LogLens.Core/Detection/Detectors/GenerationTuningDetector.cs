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
/// LL503 GenerationTuningIneffective: the generation parameters that were varied have no effect beyond seed noise.
/// Per business metric and dataset: each generation parameter is tested against pure error (BH over them), and so
/// is their joint effect. "No effect" is not read off a non-significant test alone: the residual-bootstrap one-sided 95% upper
/// bound of the joint ω² must also be below <see cref="EquivalenceMargin"/> (an equivalence-with-margin verdict), so
/// an underpowered sweep stays silent.
/// </summary>
internal sealed class GenerationTuningDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly GenerationTuningDetector Default = new();

    /// <summary>Joint ω² the one-sided 95% upper bound must stay below for "no effect" (Cohen's "large" is 0.14).</summary>
    public const double EquivalenceMargin = 0.15;

    private GenerationTuningDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.GenerationTuningIneffective];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double alpha = context.Thresholds.Alpha;
        foreach (var (metric, dataset, design) in RagInputs.Designs(context))
        {
            ImmutableArray<string> generation = RagInputs.InGroup(context, design, ParameterGroupNames.Generation);
            if (generation.IsEmpty)
            {
                continue;
            }

            string subject = $"{metric.Name}|{dataset}";
            ImmutableArray<ParameterEffect> each = design.TestEach(
                generation, p => context.Random(FindingCatalog.GenerationTuningIneffective, subject + "|" + p), context.Options.Permutations);
            ParameterEffect joint = design.Test("generation", generation, context.Random(FindingCatalog.GenerationTuningIneffective, subject + "|joint"),
                context.Options.Permutations);
            if (each.Any(e => e.Moves(alpha, context.Thresholds.OmegaSquared)) || !(joint.P > alpha))
            {
                continue;
            }

            // TOST-style equivalence: the one-sided 95% upper bound is the upper end of the two-sided 90% interval.
            Interval ci = design.OmegaInterval(joint, context.Random(FindingCatalog.GenerationTuningIneffective, subject + "|ci"),
                context.Options.Resamples, level: 0.90);
            if (ci.High < EquivalenceMargin)
            {
                yield return Build(metric, dataset, design, each, joint, ci);
            }
        }
    }

    private static Finding Build(MetricDefinition metric, string dataset, EffectDesign design, ImmutableArray<ParameterEffect> each,
        ParameterEffect joint, Interval ci)
    {
        string names = string.Join(", ", each.Select(e => e.Parameter));
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Generation parameters ({names}) do not move {metric.Name} ({dataset}) beyond seed noise: joint ω² {joint.OmegaSquared:0.00}, one-sided 95% "
            + $"upper bound {ci.High:0.00}, p {joint.P:0.###}");
        var evidence = Evidence.Of(
            ("omega_squared", joint.OmegaSquared),
            ("omega_squared_ci90", new[] { ci.Low, ci.High }),
            ("p", joint.P),
            ("min_q", each.Min(e => e.Q)),
            ("parameters", names),
            ("configs", design.Cells.Count),
            ("runs", design.N));
        var rows = new List<PlotCategory>();
        foreach (ParameterEffect effect in each)
        {
            string parameter = effect.Parameter;
            foreach (var level in Enumerable.Range(0, design.Cells.Count).GroupBy(i => effect.ConfigLevels[design.Cells[i].ConfigKey]).OrderBy(g => g.Key))
            {
                double[] values = [.. level.SelectMany(i => design.Cells[i].Values).Select(v => metric.HigherIsBetter ? v : -v)];
                Interval mean = Descriptive.MeanConfidenceInterval(values);
                string label = string.Join("|", level.Select(i => design.Cells[i].Params.GetValueOrDefault(parameter) ?? "unset")
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                rows.Add(new PlotCategory($"{parameter}={label}", values.Average(), mean.Low, mean.High, values));
            }
        }

        double grand = design.Cells.SelectMany(c => c.Values).Average() * (metric.HigherIsBetter ? 1 : -1);
        string note = string.Create(CultureInfo.InvariantCulture,
            $"joint ω² {joint.OmegaSquared:0.00}, 90% CI [{ci.Low:0.00}, {ci.High:0.00}]\nsmallest q {each.Min(e => e.Q):0.###}; {design.Cells.Count} "
            + $"configs, {design.N} runs\ndashed line: mean over all runs");
        var plot = new PlotSpec(FindingCatalog.GenerationTuningIneffective.PlotName($"{dataset}-{metric.Name}"), PlotKind.Spread,
            FindingCatalog.GenerationTuningIneffective.PlotTitle($"{names} do not move {metric.Name} ({dataset}) beyond seed noise"),
            "generation parameter = level", $"{metric.Name} ({dataset}); runs, mean and 95% CI")
        {
            Categories = [.. rows],
            ReferenceLine = grand,
            Note = note,
        };
        return Finding.Create(FindingCatalog.GenerationTuningIneffective, new Subject(Metric: metric.Name, Dataset: dataset), message, evidence, plot);
    }
}
