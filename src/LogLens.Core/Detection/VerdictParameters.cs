using LogLens.Core.Detection.Detectors;
using LogLens.Core.Detection.Noise;
using LogLens.Core.Model;
using LogLens.Core.Statistics;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Detection;

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

                TuningAnalysis a = check.Analysis;
                foreach (TuningEffect e in a.Moving(context.Thresholds.Alpha))
                {
                    int best = e.BestLevel, worst = e.WorstLevel;
                    double half = Distributions.StudentTQuantile(0.975, a.PureErrorDf) * a.PureErrorSd
                        * Math.Sqrt((1.0 / e.LevelRuns[best]) + (1.0 / e.LevelRuns[worst]));
                    result.Add(new ParameterImpact(metric.Name, dataset, e.Parameter, e.Levels[best], e.Levels[worst], e.Range, new Interval(e.Range - half, e.Range + half), e.OmegaSquared, e.Q));
                }
            }
        }

        return result;
    }
}
