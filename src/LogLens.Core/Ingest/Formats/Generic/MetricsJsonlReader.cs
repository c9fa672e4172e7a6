using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// metrics.jsonl: one object per line, {"step": 10, "train/loss": 1.21, ...}; nested objects flattened with '/';
/// a row without "step" uses its row index. A bad or cut-off last line is LL002, a bad middle line LL001.
/// </summary>
internal sealed class MetricsJsonlReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly MetricsJsonlReader Default = new();

    private MetricsJsonlReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment) =>
        JsonLines.Read(path, fragment, new JsonlMetricRow(path, fragment).Parse);
}
