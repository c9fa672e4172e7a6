using System.Collections.Immutable;
using LogLens.Core.Comparison;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Findings;
using LogLens.Core.Model;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL603 GainDoesNotGeneralize and LL604 SignFlip (docs/methods.md), per business metric with ≥ 2 datasets:
/// the across-dataset winner against the runner-up (see <see cref="CrossDatasetMatrix"/>), compared
/// per dataset exactly as <c>loglens compare</c> does (<see cref="AbComparison"/>); LL604 supersedes LL603.
/// </summary>
internal sealed class GeneralizationDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly GeneralizationDetector Default = new();

    private GeneralizationDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.GainDoesNotGeneralize, FindingCatalog.SignFlip];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (MetricDefinition metric in NoiseInputs.BusinessMetrics(context))
        {
            CrossDatasetMatrix? matrix = CrossDatasetMatrix.Build(context, metric);
            if (matrix is null)
            {
                continue;
            }

            string candidate = matrix.Ranked[0];
            string baseline = matrix.Ranked[1];
            var (rows, summary) = GainAnalysis.Run(
                matrix.Arms(baseline, candidate), metric, context.Thresholds, context.Options.Resamples,
                dataset => context.Random(FindingCatalog.GainDoesNotGeneralize, $"{metric.Name}|{dataset}"));
            foreach (Finding finding in GainFindings.Detect(metric.Name, candidate, baseline, rows, summary, context.Thresholds))
            {
                yield return finding;
            }
        }
    }
}
