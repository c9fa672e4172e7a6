using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// The three LL901 conditions on one metric and dataset (docs/methods.md): no parameter effect with q ≤ α and
/// ω² ≥ 0.01; the P2 max-statistic test (configs with ≥ 2 seeds) has p ≥ α; and the expected-max curve
/// over config means is flat, E[max@N] − E[max@N/2] &lt; 0.5·σ_seed/√n̄.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Analysis">The per-parameter analysis.</param>
/// <param name="MaxStatisticP">Max-statistic permutation p (NaN with fewer than 3 replicated configs).</param>
/// <param name="ExpectedMaxGain">E[max@N] − E[max@⌈N/2⌉] of config means.</param>
/// <param name="NoiseSe">σ_seed/√n̄: the standard error of one config mean.</param>
internal sealed record TuningSaturationCheck(string Dataset, TuningAnalysis Analysis, double MaxStatisticP, double ExpectedMaxGain, double NoiseSe)
{
    /// <summary>Fraction of a config mean's standard error below which the expected-max curve counts as flat.</summary>
    public const double FlatFraction = 0.5;

    /// <summary>True when all three conditions hold.</summary>
    public bool Saturated(double alpha) =>
        !Analysis.Moving(alpha).Any() && MaxStatisticP >= alpha && ExpectedMaxGain < FlatFraction * NoiseSe;

    /// <summary>Runs the checks; null when the data cannot support them.</summary>
    public static TuningSaturationCheck? Run(AnalysisContext context, Model.MetricDefinition metric, string dataset)
    {
        var cells = TuningCell.Of(context, metric, dataset);
        string subject = metric.Name + "|" + dataset;
        TuningAnalysis? analysis = TuningEffects.Analyze(cells, context.Random("LL901", subject), context.Options.Permutations);
        var replicated = cells.Where(c => c.Values.Length >= 2).Select(c => c.Values).ToList();
        if (analysis is null || replicated.Count < 3 || !(analysis.PureErrorSd > 0))
        {
            return null;
        }

        double p = Permutation.MaxStatisticP(replicated, context.Random("LL901", subject + "|max"), context.Options.Permutations);
        double[] means = [.. cells.Select(c => c.Values.Average())];
        double gain = TuningEffects.ExpectedMax(means, means.Length) - TuningEffects.ExpectedMax(means, (means.Length + 1) / 2);
        return new TuningSaturationCheck(dataset, analysis, p, gain, analysis.PureErrorSd / Math.Sqrt(analysis.MeanSeeds));
    }
}
