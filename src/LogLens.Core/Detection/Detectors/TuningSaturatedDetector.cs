using System.Collections.Immutable;
using LogLens.Core.Detection.Sweeps;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL901 TuningSaturated (docs/methods.md), per business metric: on every dataset the metric was measured on
/// (with ≥ 3 configs having ≥ 2 seeds), no parameter beats seed noise (<see cref="TuningSaturationCheck"/>).
/// One responsive dataset is enough to say tuning still pays, so the finding needs all of them.
/// </summary>
internal sealed class TuningSaturatedDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly TuningSaturatedDetector Default = new();

    private TuningSaturatedDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.TuningSaturated];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (MetricDefinition metric in NoiseInputs.BusinessMetrics(context))
        {
            var checks = context.DatasetsOf(metric.Name).Select(d => TuningSaturationCheck.Run(context, metric, d)).OfType<TuningSaturationCheck>().ToList();
            if (checks.Count > 0 && checks.All(c => c.Saturated(context.Thresholds.Alpha, context.Thresholds.OmegaSquared)))
            {
                yield return Build(metric, checks);
            }
        }
    }

    private static Finding Build(MetricDefinition metric, List<TuningSaturationCheck> checks)
    {
        var effects = checks.SelectMany(c => c.Analysis.Effects.Select(e => (c, e))).ToList();
        double minQ = effects.Min(x => x.e.Q);
        double maxOmega = effects.Max(x => x.e.OmegaSquared);
        double maxP = checks.Min(c => c.MaxStatisticP);
        string datasets = string.Join(", ", checks.Select(c => c.Dataset));
        string parameters = string.Join(", ", effects.Select(x => x.e.Parameter).Distinct(StringComparer.Ordinal));
        string message = NoiseInputs.Format(
            $"Tuning is saturated on {metric.Name} ({datasets}): none of {parameters} moves it beyond seed noise (smallest {MessageNumbers.P(minQ, "q")}, ",
            $"largest ω² {maxOmega:0.###}), the best config is within noise (max-statistic p ≥ {maxP:0.###}) and more configs would not raise the expected ",
            $"best; fix data, objective or evaluation instead");
        var evidence = Evidence.Of(
            ("datasets", checks.Count),
            ("parameters", parameters),
            ("min_q", minQ),
            ("max_omega_squared", maxOmega),
            ("max_statistic_p", maxP),
            ("expected_max_gain", checks.Max(c => c.ExpectedMaxGain)),
            ("noise_se", checks.Min(c => c.NoiseSe)),
            ("seed_sd", checks.Max(c => c.Analysis.PureErrorSd)),
            ("configs", checks.Sum(c => c.Analysis.Configs)),
            ("runs", checks.Sum(c => c.Analysis.Runs)));
        return Finding.Create(FindingCatalog.TuningSaturated, new Subject(Metric: metric.Name), message, evidence, Plot(metric, checks, effects));
    }

    private static PlotSpec Plot(MetricDefinition metric, List<TuningSaturationCheck> checks,
        List<(TuningSaturationCheck Check, ParameterEffect Effect)> effects)
    {
        bool single = checks.Count == 1;
        var categories = effects.Select(x =>
        {
            ParameterEffect e = x.Effect;
            Interval ci = x.Check.Analysis.RangeInterval(e);
            string label = single ? e.Parameter : $"{e.Parameter} ({x.Check.Dataset})";
            return new PlotCategory(label, e.Range, ci.Low, ci.High, []);
        });
        string unit = metric.HigherIsBetter ? metric.Name : metric.Name + ", negated";
        return new PlotSpec(FindingCatalog.TuningSaturated.PlotName(metric.Name), PlotKind.Forest,
            FindingCatalog.TuningSaturated.PlotTitle($"no parameter moves {metric.Name} beyond seed noise"), "parameter",
            $"best − worst level mean ({unit}) with 95% CI from seed noise")
        {
            Categories = [.. categories],
            ReferenceLine = 0,
            Note = NoiseInputs.Format($"seed SD {checks.Max(c => c.Analysis.PureErrorSd):0.####}; max-statistic p {checks.Min(c => c.MaxStatisticP):0.###}"),
        };
    }
}
