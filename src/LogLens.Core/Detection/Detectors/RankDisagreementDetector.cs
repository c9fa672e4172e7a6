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
/// The plot shows each config's rank on every dataset (rank 1 at the top).
/// </summary>
internal sealed class RankDisagreementDetector : IDetector
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

            string message = NoiseInputs.Format(
                $"Datasets rank configs differently on {metric.Name}: Kendall's W {w.W:0.00} ({MessageNumbers.P(p)}) over {m} datasets × {k} configs");
            var evidence = Evidence.Of(("w", w.W), ("p", p), ("p_method", w.PermutationP ? "permutation" : "chi-square"), ("chi_square", w.ChiSquare),
                ("datasets", m), ("configs", k), ("best", matrix.Ranked[0]), ("runner_up", matrix.Ranked[1]));
            yield return Finding.Create(FindingCatalog.RankDisagreement, new Subject(Metric: metric.Name), message, evidence, Plot(matrix, metric, w.W));
        }
    }

    /// <summary>At most this many configs in the ranks plot (the best by the across-dataset ranking); more lines would be unreadable.</summary>
    public const int MaxPlotConfigs = 8;

    /// <summary>
    /// Ranks per dataset: one line per config (the best <see cref="MaxPlotConfigs"/> of the across-dataset ranking) over the
    /// datasets, rank 1 (best on that dataset, among all K configs) at the top; crossing lines are the disagreement W measures.
    /// </summary>
    internal static PlotSpec Plot(CrossDatasetMatrix matrix, MetricDefinition metric, double w)
    {
        int k = matrix.Configs.Length;
        double[][] ranks = [.. matrix.Means.Select(row => Ranks.Average(row).Select(r => k + 1 - r).ToArray())];
        var shown = matrix.Ranked.Take(MaxPlotConfigs).ToList();
        ImmutableArray<string> labels = ConfigLabels.Differing(shown);
        double[] x = [.. Enumerable.Range(0, matrix.Datasets.Length).Select(d => (double)d)];
        string note = NoiseInputs.Format($"rank 1 = best of {k} configs on that dataset (mean over seeds; ties share the average rank)");
        if (shown.Count < k)
        {
            note += NoiseInputs.Format($"\nshowing the best {shown.Count} of {k} configs over all datasets");
        }

        return new PlotSpec(
            FindingCatalog.RankDisagreement.PlotName(metric.Name),
            PlotKind.Lines,
            FindingCatalog.RankDisagreement.PlotTitle(NoiseInputs.Format($"datasets rank configs differently on {metric.Name} (Kendall's W {w:0.00})")),
            "dataset",
            $"rank on {metric.Name} (1 = best)")
        {
            Series = [.. shown.Select((c, i) => new PlotSeries(labels[i], x, [.. ranks.Select(row => row[matrix.Configs.IndexOf(c)])]))],
            XCategories = matrix.Datasets,
            RankAxis = true,
            Note = note,
        };
    }
}
