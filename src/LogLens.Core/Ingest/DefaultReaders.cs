using System.Collections.Immutable;
using LogLens.Core.Ingest.Readers;

namespace LogLens.Core.Ingest;

/// <summary>The generic layout's readers, one line per reader, in the order file names are matched.</summary>
public static class DefaultReaders
{
    /// <summary>LogLens's generic layout (README "What it reads").</summary>
    public static ImmutableArray<IRunFileReader> All { get; } =
    [
        ParamsJsonReader.Default,
        ParamsYamlReader.Default,
        MetricsCsvReader.Default,
        MetricsJsonlReader.Default,
        ScoresCsvReader.Default,
        ScoresJsonReader.Default,
        SamplesJsonlReader.Default,
    ];
}
