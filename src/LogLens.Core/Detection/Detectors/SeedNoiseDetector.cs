using System.Collections.Immutable;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL601 SeedNoiseDominates (docs/methods.md, "Seed noise"): one-way random-effects ANOVA over configs, per business
/// metric and dataset. One decision rule: "within seed noise" only when the F-test does not reject (p ≥ α) and the
/// simultaneous 95% CIs of the config-mean differences (Bonferroni over pairs, pooled within-config SD) all lie inside
/// ± <see cref="Configuration.Thresholds.BusinessDelta"/> — the data exclude a difference that would matter. A test that
/// rejects means configs differ beyond noise, whatever the ICC; a test that does not reject with wider CIs is "can't
/// tell: underpowered", which LL607 reports with the seeds needed. ICC(1) and its CI are evidence.
/// Needs ≥ 2 configs with ≥ 2 seeds; single-seed configs stay in the ANOVA (they add to MSB only, so
/// MSW is pooled from the replicated configs, as METHODS asks).
/// </summary>
internal sealed class SeedNoiseDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly SeedNoiseDetector Default = new();

    private SeedNoiseDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.SeedNoiseDominates];

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

    /// <summary>
    /// The largest |difference| any pair of config means could have at 95% simultaneous confidence: max over pairs of
    /// |Δ| + t(1 − α/2m, N − k)·s·√(1/nᵢ + 1/nⱼ), m pairs, s the pooled within-config SD; ∞ without replicates.
    /// </summary>
    internal static double DifferenceBound(IReadOnlyList<double[]> goodness, double alpha)
    {
        int k = goodness.Count;
        int n = goodness.Sum(g => g.Length);
        double sd = Descriptive.PooledWithinSd([.. goodness]);
        if (k < 2 || n - k < 1 || !double.IsFinite(sd))
        {
            return double.PositiveInfinity;
        }

        int pairs = k * (k - 1) / 2;
        double t = Distributions.StudentTQuantile(1 - (alpha / (2 * pairs)), n - k);
        double bound = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                double delta = Math.Abs(goodness[i].Average() - goodness[j].Average());
                bound = Math.Max(bound, delta + (t * sd * Math.Sqrt((1.0 / goodness[i].Length) + (1.0 / goodness[j].Length))));
            }
        }

        return bound;
    }

    private static Finding? Check(AnalysisContext context, MetricDefinition metric, string dataset)
    {
        ImmutableArray<GroupValues> groups = context.ValuesByConfig(metric.Name, dataset);
        if (groups.Count(g => g.Values.Length >= 2) < 2)
        {
            return null;
        }

        double[][] goodness = [.. groups.Select(g => NoiseInputs.Goodness(g, metric))];
        AnovaResult a = OneWayAnova.Compute(goodness);
        double bound = DifferenceBound(goodness, context.Thresholds.Alpha);
        bool excludesEffect = bound < context.Thresholds.BusinessDelta;
        bool notSignificant = a.P >= context.Thresholds.Alpha;
        if (!a.IsDefined || !(notSignificant && excludesEffect))
        {
            return null;
        }

        string message = $"Config differences on {metric.Name} ({dataset}) are within seed noise: F {MessageNumbers.Value(a.F)}, {MessageNumbers.P(a.P)}, and "
            + $"every config difference is within ±{MessageNumbers.Value(bound)} (95% simultaneous), below the "

            + $"{MessageNumbers.Value(context.Thresholds.BusinessDelta)} that would matter; ICC "
                + $"{NoiseInputs.Format($"{a.Icc:0.00} [{a.IccCi.Low:0.00}, {a.IccCi.High:0.00}]")}";
        var evidence = Evidence.Of(
            ("icc", a.Icc),
            ("icc_ci", new[] { a.IccCi.Low, a.IccCi.High }),
            ("f", a.F),
            ("p", a.P),
            ("configs", a.Groups),
            ("runs", a.N),
            ("omega_squared", a.OmegaSquared),
            ("difference_bound", bound),
            ("delta_b", context.Thresholds.BusinessDelta));
        string note = NoiseInputs.Format(
            $"F {a.F:0.##}, p {a.P:0.###}; every config difference within ±{bound:0.####} (95% simultaneous) < δ {context.Thresholds.BusinessDelta:0.####}; ",
            $"ICC {a.Icc:0.00}; {a.Groups} configs, {a.N} runs");
        return Finding.Create(
            FindingCatalog.SeedNoiseDominates,
            new Subject(Metric: metric.Name, Dataset: dataset),
            message,
            evidence,
            NoiseInputs.SpreadPlot(FindingCatalog.SeedNoiseDominates, metric.Name, dataset, groups,
                $"config differences on {metric.Name} ({dataset}) are within seed noise", note: note));
    }
}
