using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats;

/// <summary>What one input added to a <see cref="RunFragment"/> so far; becomes a <see cref="RunSource"/>.</summary>
internal sealed class SourceTally(string path, string format)
{
    private int scores;
    private int samples;

    public SortedSet<string> Metrics { get; } = new(StringComparer.Ordinal);

    public void Count(int scores = 0, int samples = 0)
    {
        this.scores += scores;
        this.samples += samples;
    }

    public RunSource ToSource(IEnumerable<string> parameters) =>
        new(path, format, [.. parameters.Order(StringComparer.Ordinal)], [.. Metrics], scores, samples);
}
