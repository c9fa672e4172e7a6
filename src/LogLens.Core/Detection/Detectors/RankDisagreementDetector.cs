using System.Collections.Immutable;
using LogLens.Core.Comparison;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL605 RankDisagreement (docs/methods.md): Kendall's W over config means (rows = datasets, columns = configs
/// observed on every dataset), m ≥ 3 datasets and K ≥ 3 configs; flags W &lt; <see cref="Configuration.Thresholds.RankAgreementW"/>.
/// The p-value is <see cref="KendallW"/>'s: a permutation p when m &lt; 7 or K &lt; 5 (the χ² approximation is poor there), else χ².
/// The plot shows, per dataset, the across-dataset winner's Δ against the runner-up.
/// </summary>
public sealed class RankDisagreementDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly RankDisagreementDetector Default = new();

    private RankDisagreementDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.RankDisagreement];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (MetricDefinition metric in NoiseInputs.BusinessMetrics(context))
        {
            CrossDatasetMatrix? matrix = CrossDatasetMatrix.Build(context, metric);
            if (matrix is null || matrix.Datasets.Length < 3 || matrix.Configs.Length < 3)
            {
                continue;
            }

            int m = matrix.Datasets.Length;
            int k = matrix.Configs.Length;
            KendallWResult w = KendallW.Compute(matrix.Means, context.Random(FindingCatalog.RankDisagreement, metric.Name), context.Options.Permutations);
            double p = w.P;
            if (!(w.W < context.Thresholds.RankAgreementW))
            {
                continue;
            }

            string message = NoiseInputs.Format($"Datasets rank configs differently on {metric.Name}: Kendall's W {w.W:0.00} ({MessageNumbers.P(p)}) over {m} datasets × {k} configs");
            var evidence = Evidence.Of(("w", w.W), ("p", p), ("p_method", w.PermutationP ? "permutation" : "chi-square"), ("chi_square", w.ChiSquare), ("datasets", m), ("configs", k), ("best", matrix.Ranked[0]), ("runner_up", matrix.Ranked[1]));
            yield return Finding.Create(FindingCatalog.RankDisagreement, new Subject(Metric: metric.Name), message, evidence,
                Plot(context, matrix, metric, w.W));
        }
    }

    private static PlotSpec Plot(AnalysisContext context, CrossDatasetMatrix matrix, MetricDefinition metric, double w)
    {
        string candidate = matrix.Ranked[0];
        string baseline = matrix.Ranked[1];
        var (rows, _) = GainAnalysis.Run(matrix.Arms(baseline, candidate), metric, context.Thresholds, 0,
            _ => context.Random(FindingCatalog.RankDisagreement, metric.Name));
        return new PlotSpec($"LL605-{metric.Name}", PlotKind.Forest, $"LL605: datasets rank configs differently on {metric.Name} (W {w.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})", "dataset", $"Δ {metric.Name}: {candidate} − {baseline} (95% CI)")
        {
            Categories = [.. rows.Select(r => new PlotCategory(r.Dataset, r.Delta, r.DeltaCi.Low, r.DeltaCi.High, [], r.Outcome is DatasetOutcome.Better or DatasetOutcome.Worse))],
            ReferenceLine = 0,
        };
    }
}
