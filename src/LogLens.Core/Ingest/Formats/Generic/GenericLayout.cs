using System.Collections.Frozen;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// LogLens's own layout (README "What it reads"): every folder holding a file named in <see cref="Readers"/> is a
/// run. Listed last: other formats claim their files first.
/// </summary>
internal sealed class GenericLayout : IRunLayout
{
    /// <summary>The instance.</summary>
    public static readonly GenericLayout Default = new();

    private GenericLayout()
    {
    }

    /// <summary>The generic readers by the file name each reads (exact, case-sensitive), one line per name.</summary>
    public static FrozenDictionary<string, IRunFileReader> Readers { get; } = new Dictionary<string, IRunFileReader>(StringComparer.Ordinal)
    {
        ["params.json"] = ParamsJsonReader.Default,
        ["params.yaml"] = ParamsYamlReader.Default,
        ["params.yml"] = ParamsYamlReader.Default,
        ["metrics.csv"] = MetricsCsvReader.Default,
        ["metrics.jsonl"] = MetricsJsonlReader.Default,
        ["scores.csv"] = ScoresCsvReader.Default,
        ["scores.json"] = ScoresJsonReader.Default,
        ["samples.jsonl"] = SamplesJsonlReader.Default,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Format => MetricsCsvReader.Default.Format;

    /// <inheritdoc/>
    public IEnumerable<RunLocation> Find(FolderListing folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var inputs = folder.Files
            .Select(f => (File: f, Reader: Readers.GetValueOrDefault(Path.GetFileName(f))))
            .Where(f => f.Reader is not null)
            .Select(f => new RunInput(f.File, f.Reader!))
            .ToList();
        return inputs.Count == 0 ? [] : [RunLocation.Of(folder.Path, inputs)];
    }
}
