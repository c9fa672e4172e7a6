using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL102 (METHODS P5): a loss series (≥ 20 finite points) whose end level (median of the last 5%) is far above
/// (a) its start level (median of the first 5%) or (b) 10× its running minimum. Guards, so that noise on a flat
/// curve or a loss that goes to ~0 is not called divergence: (a) needs the rise to exceed 10% of |start| and
/// 3 noise SDs; (b) needs a positive minimum, a rise above it of 3 noise SDs, and the loss to have given back at
/// least 10% of its total drop (10× a minimum of 1e-4 is still a tiny loss).
/// </summary>
public sealed class DivergedDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly DivergedDetector Default = new();

    /// <summary>Fewer finite points give no finding.</summary>
    public const int MinPoints = 20;

    /// <summary>End above this multiple of the running minimum is divergence (b).</summary>
    public const double MinimumMultiple = 10;

    /// <summary>Relative margins: rise over |start| (a), and share of the total drop given back (b).</summary>
    public const double RelativeMargin = 0.1;

    /// <summary>Rises must also exceed this many point-to-point noise SDs.</summary>
    public const double NoiseMultiple = 3;

    private DivergedDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<string> Codes { get; } = ["LL102"];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (LossCurve curve in LossCurve.All(context))
        {
            if (curve.Count < MinPoints)
            {
                continue;
            }

            double start = curve.Start;
            double end = curve.End;
            (double minStep, double min) = curve.Minimum;
            double pointNoise = curve.Noise;
            double noise = NoiseMultiple * (double.IsFinite(pointNoise) ? pointNoise : 0);
            bool aboveStart = end - start > Math.Max(RelativeMargin * Math.Abs(start), noise) && end > start;
            bool aboveMinimum = min > 0 && end > MinimumMultiple * min && end - min > noise
                && end - min >= RelativeMargin * Math.Max(start - min, 0);
            if (aboveStart || aboveMinimum)
            {
                yield return Create(curve, start, end, minStep, min, aboveStart, aboveMinimum);
            }
        }
    }

    private static Finding Create(LossCurve c, double start, double end, double minStep, double min, bool aboveStart, bool aboveMinimum)
    {
        string name = c.Definition.Name;
        string against = aboveStart
            ? string.Create(CultureInfo.InvariantCulture, $"above its start ({start:G3})")
            : string.Create(CultureInfo.InvariantCulture, $"{end / min:0.#}× its best level ({min:G3} at step {minStep:0.##})");
        string message = string.Create(CultureInfo.InvariantCulture, $"Run {c.RunId}: {name} diverged: it ends at {end:G3}, {against}");
        var items = new List<(string, object)> { ("start_level", start), ("end_level", end), ("running_min", min), ("running_min_step", minStep) };
        if (min > 0)
        {
            items.Add(("end_over_min", end / min));
        }

        items.AddRange([("above_start", aboveStart), ("above_10x_min", aboveMinimum), ("window_points", c.EdgeCount), ("points", c.Count)]);
        var evidence = Evidence.Of([.. items]);
        double shadeFrom = c.Steps[c.Count - c.EdgeCount];
        var plot = new PlotSpec(TrendPlots.Name("LL102", c.RunId, name), PlotKind.Lines, $"LL102: {message}", "step", TrendPlots.AxisLabel(c.Definition))
        {
            Series = [new PlotSeries(name, c.Steps, c.Values)],
            Shade = (shadeFrom, c.Steps[^1]),
            ReferenceLine = min,
            Note = string.Create(CultureInfo.InvariantCulture, $"start {start:G3}, best {min:G3} (step {minStep:0.##}), end {end:G3}; shaded: last 5% (end level); line: best level"),
        };
        return Finding.Create("LL102", new Findings.Subject(Run: c.RunId, Metric: name), message, evidence, plot);
    }
}
