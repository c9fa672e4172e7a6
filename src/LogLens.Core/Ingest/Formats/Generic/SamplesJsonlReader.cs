using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>
/// samples.jsonl: one repeated-sample output per line: prompt_id, sample, output, and optionally score, correct,
/// dataset, slice, expected, expect ("answer"|"refuse"), refused. A line without prompt_id is skipped with LL001.
/// </summary>
internal sealed class SamplesJsonlReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly SamplesJsonlReader Default = new();

    private SamplesJsonlReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment) =>
        JsonLines.Read(path, fragment, new JsonlSampleRow(fragment).Parse);
}
