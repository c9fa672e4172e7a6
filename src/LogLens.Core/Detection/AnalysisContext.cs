using System.Collections.Concurrent;
using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Detection.Curves;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Statistics;

namespace LogLens.Core.Detection;

/// <summary>What a detector sees: the runs, the configuration, the options and seeded randomness.</summary>
/// <remarks>
/// Series prepared for the dynamics detectors (finite points, block averages, their trend tests) are computed
/// once per analysis and shared: several detectors read the same loss and metric curves, in parallel.
/// </remarks>
internal sealed class AnalysisContext
{
    // Lazy values: detectors running at once wait for one preparation instead of each doing it.
    private readonly ConcurrentDictionary<MetricSeries, Lazy<CheckpointSeries>> checkpoints = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<CheckpointSeries, Lazy<MannKendallResult>> trends = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<ImmutableArray<LossCurve>> lossCurves;
    private readonly ImmutableArray<FindingDescriptor> descriptors;
    private readonly ConcurrentDictionary<FindingDescriptor, double> familyAlpha = new();

    /// <summary>Creates the context of one analysis.</summary>
    /// <param name="runs">The ingested runs.</param>
    /// <param name="options">The analysis options (defaults when null).</param>
    /// <param name="descriptors">What the analysis's detectors can emit (default: those of <see cref="DefaultDetectors.All"/>).</param>
    public AnalysisContext(RunSet runs, AnalysisOptions? options = null, IEnumerable<FindingDescriptor>? descriptors = null)
    {
        Runs = runs;
        Options = options ?? AnalysisOptions.Default;
        this.descriptors = [.. descriptors ?? DefaultDetectors.All.SelectMany(d => d.Descriptors)];
        lossCurves = new(() => [.. LossCurve.Prepare(this)]);
    }

    /// <summary>The ingested runs.</summary>
    public RunSet Runs { get; }

    /// <summary>The analysis options.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The configured thresholds.</summary>
    public Thresholds Thresholds => Runs.Config.Thresholds;

    /// <summary>
    /// The level at which <paramref name="descriptor"/>'s tests reject, α shared across its checklist question (<see cref="QuestionFamilies"/>).
    /// </summary>
    public double FamilyAlpha(FindingDescriptor descriptor) =>
        familyAlpha.GetOrAdd(descriptor, d => QuestionFamilies.Alpha(Thresholds.Alpha, d, descriptors));

    /// <summary>
    /// A generator seeded from (analysis seed, code, subject), so results do not depend on detector order,
    /// thread scheduling or <see cref="string.GetHashCode()"/> randomisation.
    /// </summary>
    public Random Random(string code, string subject) => SeededRandom.Create(Options.Seed, code, subject);

    /// <summary>A generator seeded from (analysis seed, <paramref name="descriptor"/>'s code, subject): see <see cref="Random(string, string)"/>.</summary>
    public Random Random(FindingDescriptor descriptor, string subject) => Random(descriptor.Code, subject);

    /// <summary>Final values of <paramref name="metric"/> per config group on <paramref name="dataset"/>, ordered by config key.</summary>
    public ImmutableArray<GroupValues> ValuesByConfig(string metric, string dataset) =>
    [
        .. Runs.Observations
            .Where(o => o.Metric == metric && o.Dataset == dataset && double.IsFinite(o.Value))
            .GroupBy(o => o.ConfigKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.OrderBy(o => o.RunId, StringComparer.Ordinal).ToList();
                return new GroupValues(g.Key, [.. rows.Select(o => o.RunId)], [.. rows.Select(o => o.Seed)], [.. rows.Select(o => o.Value)]);
            }),
    ];

    /// <summary>Datasets on which <paramref name="metric"/> was observed, ordinal-sorted.</summary>
    public ImmutableArray<string> DatasetsOf(string metric) =>
        [.. Runs.Observations.Where(o => o.Metric == metric).Select(o => o.Dataset).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every loss series of every run (metrics whose definition is a loss), in run and name order; prepared once.</summary>
    internal ImmutableArray<LossCurve> LossCurves => lossCurves.Value;

    /// <summary>The block-averaged checkpoints of a run's series; prepared once.</summary>
    internal CheckpointSeries Checkpoints(MetricSeries series, MetricDefinition definition) =>
        checkpoints.GetOrAdd(series, s => new(() => CheckpointSeries.From(s, definition))).Value;

    /// <summary>The Mann–Kendall test of a series from <see cref="Checkpoints"/>; computed once.</summary>
    internal MannKendallResult Trend(CheckpointSeries points) => trends.GetOrAdd(points, p => new(p.Trend)).Value;
}
