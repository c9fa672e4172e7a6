using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Detection.Sweeps;
using LogLens.Core.Model;
using LogLens.Core.Statistics;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Analysis;

/// <summary>The parameters that matter (docs/methods.md), per business metric and dataset, strongest first.</summary>
internal static class VerdictParameters
{
    public static IReadOnlyList<ParameterImpact> Compute(AnalysisContext context)
    {
        var result = new List<ParameterImpact>();
        foreach (MetricDefinition metric in NoiseInputs.BusinessMetrics(context))
        {
            foreach (string dataset in context.DatasetsOf(metric.Name))
            {
                if (TuningSaturationCheck.Run(context, metric, dataset) is not TuningSaturationCheck check)
                {
                    continue;
                }

                EffectAnalysis a = check.Analysis;
                foreach (ParameterEffect e in a.Moving(context.Thresholds.Alpha, context.Thresholds.OmegaSquared))
                {
                    result.Add(
                        new ParameterImpact(metric.Name, dataset, e.Parameter, e.Levels[e.BestLevel], e.Levels[e.WorstLevel], e.Range, a.RangeInterval(e),
                            e.OmegaSquared, e.Q));
                }
            }
        }

        return result;
    }
}
