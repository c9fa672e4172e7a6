using System.Globalization;
using LogLens.Core.Plots;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection.Samples;

/// <summary>k of n events at one setting (config), with the per-run rates for the plot.</summary>
/// <param name="ConfigKey">The config.</param>
/// <param name="Events">Violations (or confident over-answers).</param>
/// <param name="N">Items judged.</param>
/// <param name="RunRates">The rate of each run of the config.</param>
internal sealed record RateByConfig(string ConfigKey, int Events, int N, double[] RunRates)
{
    /// <summary>Events / N.</summary>
    public double Rate => N > 0 ? (double)Events / N : double.NaN;

    /// <summary>A rate plot: one row per config with its rate, the exact 95% CI and the per-run rates.</summary>
    public static PlotSpec Plot(string name, string title, string axis, IEnumerable<RateByConfig> rows, double reference, string note,
        Func<RateByConfig, bool> highlight) =>
        new(name, PlotKind.Spread, title, "config (setting)", axis)
        {
            Categories =
            [
                .. rows.Select(r =>
                {
                    Interval ci = ClopperPearson.TwoSided(r.Events, r.N);
                    return new PlotCategory(r.ConfigKey, r.Rate, ci.Low, ci.High, r.RunRates, highlight(r));
                }),
            ],
            ReferenceLine = reference,
            Note = note,
        };

    /// <summary>"3 of 40 (7.5%)".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Events} of {N} ({Rate:0.#%})");
}
