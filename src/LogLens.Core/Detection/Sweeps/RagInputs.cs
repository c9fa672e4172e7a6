using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Detectors;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Sweeps;

/// <summary>Inputs shared by the RAG detectors (LL501–LL503): a parameter-effect design per business metric and dataset.</summary>
internal static class RagInputs
{
    /// <summary>Business metrics × datasets with a usable design (≥ 3 configs, replicate seeds), ordinal.</summary>
    public static IEnumerable<(MetricDefinition Metric, string Dataset, EffectDesign Design)> Designs(AnalysisContext context)
    {
        foreach (MetricDefinition metric in context.Runs.MetricsWithRole(MetricRole.Business))
        {
            foreach (string dataset in context.DatasetsOf(metric.Name))
            {
                if (EffectDesign.Create(SweepCells.Of(context, metric, dataset)) is EffectDesign design && !design.Varying.IsEmpty)
                {
                    yield return (metric, dataset, design);
                }
            }
        }
    }

    /// <summary>
    /// The varying parameters of <paramref name="design"/> in <paramref name="group"/> (configured or inferred, see
    /// <see cref="Configuration.ParameterGroupNames"/>).
    /// </summary>
    public static ImmutableArray<string> InGroup(AnalysisContext context, EffectDesign design, string group) =>
        [.. design.Varying.Where(p => context.Runs.Config.GroupOf(p) == group)];
}
