using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using LogLens.Core.Configuration;
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
    private readonly ConcurrentDictionary<SharedKey, Lazy<object>> shared = new();
    private readonly ImmutableArray<FindingDescriptor> descriptors;
    private readonly ConcurrentDictionary<FindingDescriptor, double> familyAlpha = new();

    /// <summary>Creates the context of one analysis.</summary>
    /// <param name="runs">The ingested runs.</param>
    /// <param name="options">The analysis options (defaults when null).</param>
    /// <param name="descriptors">What the analysis's detectors can emit (default: every entry of <see cref="FindingCatalog.All"/>).</param>
    public AnalysisContext(RunSet runs, AnalysisOptions? options = null, IEnumerable<FindingDescriptor>? descriptors = null)
    {
        Runs = runs;
        Options = options ?? AnalysisOptions.Default;
        this.descriptors = [.. descriptors ?? FindingCatalog.All];
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

    /// <summary>
    /// The value of <paramref name="kind"/> for <paramref name="key"/> (compared by reference), built once per analysis
    /// by <paramref name="build"/>; detectors asking at once wait for the one build. Curve preparation
    /// (<c>Detection.Curves</c>) keeps its checkpoints, trends and loss curves here.
    /// </summary>
    internal T Shared<T>(string kind, object key, Func<T> build) =>
        (T)shared.GetOrAdd(new SharedKey(kind, key), _ => new Lazy<object>(() => build()!)).Value;

    /// <summary>A <see cref="Shared{T}"/> entry: a kind and a key object, the key compared by reference.</summary>
    private readonly record struct SharedKey(string Kind, object Key)
    {
        public bool Equals(SharedKey other) => Kind == other.Kind && ReferenceEquals(Key, other.Key);

        public override int GetHashCode() => HashCode.Combine(Kind, RuntimeHelpers.GetHashCode(Key));
    }
}
