using System.Collections.Immutable;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL601 SeedNoiseDominates (METHODS P2): one-way random-effects ANOVA over configs, per business metric
/// and dataset; flags ICC(1) &lt; <see cref="Configuration.Thresholds.IccNoise"/> or F-test p ≥ α.
/// Needs ≥ 2 configs with ≥ 2 seeds; single-seed configs stay in the ANOVA (they add to MSB only, so
/// MSW is pooled from the replicated configs, as METHODS asks).
/// </summary>
public sealed class SeedNoiseDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly SeedNoiseDetector Default = new();

    private SeedNoiseDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Codes { get; } = ["LL601"];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (MetricDefinition metric in NoiseInputs.BusinessMetrics(context))
        {
            foreach (string dataset in context.DatasetsOf(metric.Name))
            {
                Finding? finding = Check(context, metric, dataset);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Finding? Check(AnalysisContext context, MetricDefinition metric, string dataset)
    {
        ImmutableArray<GroupValues> groups = context.ValuesByConfig(metric.Name, dataset);
        if (groups.Count(g => g.Values.Length >= 2) < 2)
        {
            return null;
        }

        AnovaResult a = OneWayAnova.Compute([.. groups.Select(g => NoiseInputs.Goodness(g, metric))]);
        bool lowIcc = a.Icc < context.Thresholds.IccNoise;
        bool notSignificant = a.P >= context.Thresholds.Alpha;
        if (!a.IsDefined || !(lowIcc || notSignificant))
        {
            return null;
        }

        string message = NoiseInputs.Format($"Config differences on {metric.Name} ({dataset}) are within seed noise: ICC {a.Icc:0.00} [{a.IccCi.Low:0.00}, {a.IccCi.High:0.00}]");
        var evidence = Evidence.Of(
            ("icc", a.Icc),
            ("icc_ci", new[] { a.IccCi.Low, a.IccCi.High }),
            ("f", a.F),
            ("p", a.P),
            ("configs", a.Groups),
            ("runs", a.N),
            ("omega_squared", a.OmegaSquared));
        string note = NoiseInputs.Format($"ICC {a.Icc:0.00}, F {a.F:0.##}, p {a.P:0.###}, {a.Groups} configs, {a.N} runs");
        return Finding.Create(
            "LL601",
            new Subject(Metric: metric.Name, Dataset: dataset),
            message,
            evidence,
            NoiseInputs.SpreadPlot("LL601", metric.Name, dataset, groups, $"config differences on {metric.Name} ({dataset}) are within seed noise", note: note));
    }
}
