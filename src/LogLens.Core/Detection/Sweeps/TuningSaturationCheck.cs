using LogLens.Core.Findings;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Sweeps;

/// <summary>
/// The three LL901 conditions on one metric and dataset (docs/methods.md): no parameter moves it
/// (<see cref="ParameterEffect.Moves"/>); the max-statistic test (configs with ≥ 2 seeds) has p ≥ α; and the expected-max
/// curve over config means is flat, E[max@N] − E[max@N/2] &lt; 0.5·σ_seed/√n̄. The verdict's parameter list reads the
/// same analysis, so LL901 and the verdict cannot disagree.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Analysis">The per-parameter analysis.</param>
/// <param name="MaxStatisticP">Max-statistic permutation p.</param>
/// <param name="ExpectedMaxGain">E[max@N] − E[max@⌈N/2⌉] of config means.</param>
/// <param name="NoiseSe">σ_seed/√n̄: the standard error of one config mean.</param>
internal sealed record TuningSaturationCheck(string Dataset, EffectAnalysis Analysis, double MaxStatisticP, double ExpectedMaxGain, double NoiseSe)
{
    /// <summary>Fraction of a config mean's standard error below which the expected-max curve counts as flat.</summary>
    public const double FlatFraction = 0.5;

    /// <summary>True when all three conditions hold.</summary>
    public bool Saturated(double alpha, double minOmegaSquared) =>
        !Analysis.Moving(alpha, minOmegaSquared).Any() && MaxStatisticP >= alpha && ExpectedMaxGain < FlatFraction * NoiseSe;

    /// <summary>Runs the checks; null when the data cannot support them.</summary>
    public static TuningSaturationCheck? Run(AnalysisContext context, Model.MetricDefinition metric, string dataset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(metric);
        string subject = metric.Name + "|" + dataset;
        EffectDesign? design = EffectDesign.Create(SweepCells.Of(context, metric, dataset));
        EffectAnalysis? analysis = design?.AnalyzeAll(p => context.Random(FindingCatalog.TuningSaturated, subject + "|" + p), context.Options.Permutations);
        if (design is null || analysis is null || !(analysis.PureErrorSd > 0))
        {
            return null;
        }

        var replicated = design.Cells.Where(c => c.Values.Length >= 2).Select(c => c.Values).ToList();
        if (replicated.Count < 3)
        {
            return null;
        }

        double p = Permutation.MaxStatisticP(replicated, context.Random(FindingCatalog.TuningSaturated, subject + "|max"), context.Options.Permutations);
        double[] means = [.. design.Cells.Select(c => c.Values.Average())];
        double gain = ExpectedMaximum.Of(means, means.Length) - ExpectedMaximum.Of(means, (means.Length + 1) / 2);
        return new TuningSaturationCheck(dataset, analysis, p, gain, analysis.PureErrorSd / Math.Sqrt(analysis.MeanSeeds));
    }
}
