using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Tables;

/// <summary>
/// Reads one run of a runs table (the input is the table file): its parameters, each final metric value as one point
/// at <see cref="TableRun.Step"/> (as W&amp;B's summary-only values are), its status and study. A cell that is not a
/// number in a metric column is LL001 with its line, and only that cell is lost. One instance per row, made by the
/// table's layout; the table is parsed once, at discovery.
/// </summary>
internal sealed class TableRunReader(string format, TableRun run) : IRunFileReader
{
    /// <inheritdoc/>
    public string Format { get; } = format;

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        if (run.Study.Length > 0)
        {
            fragment.SetStudy(run.Study);
        }

        if (run.Status is string status)
        {
            fragment.SetStatus(status);
        }

        foreach ((string key, string value) in run.Params)
        {
            fragment.SetParam(key, value);
        }

        foreach ((string metric, string column, string text) in run.Metrics)
        {
            if (FloatText.TryParse(text, out double value))
            {
                fragment.Series(metric).Add(run.Step, value);
            }
            else
            {
                fragment.Report(IngestCodes.UnreadableFile, path, run.Line,
                    $"'{JsonValues.Truncate(text)}' in column '{column}' is not a number; cell skipped");
            }
        }

        if (run.InProgress is string message)
        {
            fragment.Report(IngestCodes.PartialFile, path, run.Line, message);
        }
    }
}
