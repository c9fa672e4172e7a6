using System.Collections.Immutable;
using System.Globalization;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats;

/// <summary>
/// The mutable accumulator of one run folder while its files are read: parameters, columnar series
/// builders, scores, samples, formats and diagnostics. Used by one thread at a time; <see cref="Build"/>
/// returns the immutable <see cref="Run"/>.
/// </summary>
internal sealed class RunFragment
{
    /// <summary>Diagnostics kept per file and code; the rest are counted in one summary line.</summary>
    public const int MaxDiagnosticsPerFile = 20;

    private readonly string root;
    private readonly string prefix;
    private readonly SortedSet<string> formats = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeriesBuilder> series = new(StringComparer.Ordinal);
    private readonly List<Score> scores = [];
    private readonly List<Sample> samples = [];
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Dictionary<(string Path, string Code), int> perFile = [];
    private readonly List<SourceTally> sources = [];
    private readonly Dictionary<string, SourceTally> paramSources = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, bool> directions = new(StringComparer.Ordinal);
    private SourceTally? current;
    private string study = string.Empty;
    private string? status;

    /// <summary>Creates a fragment for the run <paramref name="id"/>.</summary>
    /// <param name="id">The run id (folder relative to the analysed root, '/' separators, "." for the root).</param>
    /// <param name="root">The analysed root folder diagnostics' paths are made relative to.</param>
    /// <param name="prefix">Prepended to relative paths ("" for a single root, the root's name with several).</param>
    public RunFragment(string id, string root, string prefix = "")
    {
        Id = id;
        this.root = root;
        this.prefix = prefix;
    }

    /// <summary>The run id.</summary>
    public string Id { get; }

    /// <summary>Diagnostics so far, followed by one summary per file and code whose extra diagnostics were dropped.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
    [
        .. diagnostics,
        .. perFile.Where(p => p.Value > MaxDiagnosticsPerFile)
            .OrderBy(p => p.Key.Path, StringComparer.Ordinal).ThenBy(p => p.Key.Code, StringComparer.Ordinal)
            .Select(p => new Diagnostic(p.Key.Code, p.Key.Path, null, string.Create(
                CultureInfo.InvariantCulture, $"{p.Value - MaxDiagnosticsPerFile} more problems of this kind in this file not listed"))),
    ];

    /// <summary>Records that a reader of <paramref name="format"/> fed this run.</summary>
    public void AddFormat(string format) => formats.Add(format);

    /// <summary>
    /// Starts reading <paramref name="path"/>: what is added until the next call is attributed to it in
    /// <see cref="Run.Sources"/>, and <paramref name="format"/> is recorded. The ingestor calls this before each input.
    /// </summary>
    public void BeginInput(string path, string format)
    {
        AddFormat(format);
        current = new SourceTally(RelativePath(path), format);
        sources.Add(current);
    }

    /// <summary>Sets a parameter (a later file overwrites an earlier value of the same key).</summary>
    public void SetParam(string key, string value)
    {
        parameters[key] = value;
        if (current is not null)
        {
            paramSources[key] = current;
        }
    }

    /// <summary>The builder of a metric's series, created on first use. Cache it per column in hot loops.</summary>
    public SeriesBuilder Series(string metric)
    {
        if (!series.TryGetValue(metric, out SeriesBuilder? builder))
        {
            builder = new SeriesBuilder(metric);
            series.Add(metric, builder);
        }

        current?.Metrics.Add(metric);
        return builder;
    }

    /// <summary>Records the direction a log states for a metric (a later file overwrites an earlier one).</summary>
    public void SetDirection(string metric, bool higherIsBetter) => directions[metric] = higherIsBetter;

    /// <summary>Records the study the tool puts the run in (an experiment, project or sweep name); a later call overwrites.</summary>
    public void SetStudy(string name) => study = name;

    /// <summary>Records the run's status as the tool states it (FINISHED, FAILED, KILLED, RUNNING, crashed).</summary>
    public void SetStatus(string value) => status = value;

    /// <summary>Adds a final evaluation result.</summary>
    public void AddScore(Score score)
    {
        scores.Add(score);
        current?.Count(scores: 1);
    }

    /// <summary>Adds a repeated-sample output.</summary>
    public void AddSample(Sample sample)
    {
        samples.Add(sample);
        current?.Count(samples: 1);
    }

    /// <summary>The display path of a file: relative to the analysed root, '/' separators.</summary>
    public string RelativePath(string path)
    {
        string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return prefix.Length == 0 ? relative : prefix + "/" + relative;
    }

    /// <summary>Reports a problem with <paramref name="path"/>; past <see cref="MaxDiagnosticsPerFile"/> per file and code they are only counted.</summary>
    /// <param name="code">An <see cref="IngestCodes"/> value.</param>
    /// <param name="path">The file (absolute or relative to the working directory).</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="message">What went wrong and what was kept.</param>
    public void Report(string code, string path, long? line, string message)
    {
        string relative = RelativePath(path);
        var key = (relative, code);
        int count = perFile.GetValueOrDefault(key) + 1;
        perFile[key] = count;
        if (count <= MaxDiagnosticsPerFile)
        {
            diagnostics.Add(new Diagnostic(code, relative, line, message));
        }
    }

    /// <summary>The immutable run: series sorted by name, each resolved by step.</summary>
    public Run Build() => new(
        Id,
        [.. formats],
        parameters.ToImmutableSortedDictionary(StringComparer.Ordinal),
        ShareSteps(series.Values.Where(s => s.Count > 0).OrderBy(s => s.Name, StringComparer.Ordinal)),
        [.. scores],
        [.. samples])
    {
        Sources = [.. sources.Select(s => s.ToSource(paramSources.Where(p => p.Value == s).Select(p => p.Key)))],
        Directions = directions.ToImmutableSortedDictionary(StringComparer.Ordinal),
        Study = study,
        Status = status,
    };

    /// <summary>Returns the series builders' buffers to the pool after <see cref="Build"/>; the fragment must not be used afterwards.</summary>
    internal void Recycle()
    {
        foreach (SeriesBuilder builder in series.Values)
        {
            builder.Recycle();
        }

        series.Clear();
    }

    /// <summary>
    /// Metrics logged on the same rows have equal step columns: keep one array for them, which halves
    /// the memory of a dense wide CSV (memory grows with stored points, not with copies of the step axis).
    /// </summary>
    private static ImmutableArray<MetricSeries> ShareSteps(IEnumerable<SeriesBuilder> builders)
    {
        var distinct = new List<double[]>();
        return [.. builders.Select(b => b.Build(distinct))];
    }
}
