using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Detection.Detectors;

/// <summary>
/// LL105 (docs/methods.md): Hampel spikes in a raw loss series (see <see cref="LossSpikes"/>), flagged when one spike
/// does not recover, or when there are at least 2 spikes and at least 3 per 1,000 steps (a single recovered
/// blip in a short run is not a pattern). Per run and loss series with ≥ 20 finite points, of a run that trains. Not
/// on adversarial losses (GAN generator, discriminator, critic): each measures one player against a moving opponent,
/// so its level jumps when the other improves — a "spike that never recovers" there is the game, not an instability.
/// </summary>
internal sealed class LossSpikesDetector : IDetector
{
    /// <summary>The instance.</summary>
    public static readonly LossSpikesDetector Default = new();

    /// <summary>Fewest finite points.</summary>
    public const int MinPoints = 20;

    /// <summary>Spike rate per 1,000 steps that is flagged.</summary>
    public const double RatePerThousand = 3;

    /// <summary>Fewest recovered spikes flagged by rate.</summary>
    public const int MinSpikes = 2;

    /// <summary>Spike steps listed in the evidence.</summary>
    public const int ListedSpikes = 5;

    private LossSpikesDetector()
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [FindingCatalog.LossSpikes];

    /// <inheritdoc/>
    public IEnumerable<Finding> Detect(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The costliest detector (a rolling median over every loss point): curves are split across cores, in order.
        return LossCurve.All(context).AsParallel().AsOrdered()
            .Where(curve => curve.Count >= MinPoints && curve.Trains && !Model.MetricNames.IsAdversarial(curve.Definition.Name))
            .Select(Check)
            .OfType<Finding>()
            .ToList();
    }

    private static Finding? Check(LossCurve curve)
    {
        List<SpikeEvent> spikes = LossSpikes.Find(curve.Steps, curve.Values);
        double span = Math.Max(curve.Steps[^1] - curve.Steps[0], 1);
        double rate = spikes.Count * 1000 / span;
        int unrecovered = spikes.Count(s => !s.Recovered);
        return unrecovered > 0 || (spikes.Count >= MinSpikes && rate >= RatePerThousand) ? Create(curve, spikes, rate, unrecovered) : null;
    }

    private static Finding Create(LossCurve c, List<SpikeEvent> spikes, double rate, int unrecovered)
    {
        string name = c.Definition.Name;
        double maxZ = spikes.Max(s => s.MaxZ);
        double[] listed = [.. spikes.Take(ListedSpikes).Select(s => s.Step)];
        string steps = string.Join(", ", listed.Select(s => s.ToString("0.##", CultureInfo.InvariantCulture)));
        string more = spikes.Count > ListedSpikes ? ", ..." : string.Empty;
        string why = unrecovered > 0 ? $"{unrecovered} did not recover" : string.Create(CultureInfo.InvariantCulture, $"{rate:0.#} per 1,000 steps");
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Run {c.RunId}: {name} has {spikes.Count} spike(s) above 6 robust SDs ({why}) at steps {steps}{more}");
        var evidence = Evidence.Of(
            ("spikes", spikes.Count),
            ("unrecovered", unrecovered),
            ("per_1000_steps", rate),
            ("first_spike_steps", listed),
            ("max_z", maxZ),
            ("points", c.Count));
        SpikeEvent first = spikes.FirstOrDefault(s => !s.Recovered) ?? spikes[0];
        double to = c.Steps[Math.Min(c.Count - 1, first.LastIndex + LossSpikes.HalfWindow)];
        var plot = new PlotSpec(TrendPlots.Name(FindingCatalog.LossSpikes, c.RunId, name), PlotKind.Lines, FindingCatalog.LossSpikes.PlotTitle(message), "step",
            TrendPlots.AxisLabel(c.Definition))
        {
            Series = [new PlotSeries(name, c.Steps, c.Values)],
            Shade = (first.Step, to),
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{spikes.Count} spike(s), {rate:0.#} per 1,000 steps, max z {maxZ:0.#}; shaded: the "
                + $"{(first.Recovered ? "first spike" : "first spike that did not recover")} and the {LossSpikes.HalfWindow} points after it"),
        };
        return Finding.Create(FindingCatalog.LossSpikes, new Subject(Run: c.RunId, Metric: name), message, evidence, plot);
    }
}
