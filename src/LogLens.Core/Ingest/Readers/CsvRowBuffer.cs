using System.Globalization;

namespace LogLens.Core.Ingest.Readers;

/// <summary>
/// One parsed row of a wide metrics file, committed to the series builders only once it is known to be
/// whole, so a row cut off mid-write can be dropped; reports a resume (LL005) once per row.
/// </summary>
internal sealed class CsvRowBuffer(string path, RunFragment fragment, SeriesBuilder?[] columns, bool[] isIndex)
{
    private readonly List<(int Column, double Value)> cells = [];
    private double step;
    private long line;
    private bool pending;

    /// <summary>When set, the row waits for <see cref="Commit"/> (called on the next row) rather than being kept at the end.</summary>
    public bool Defer { get; set; }

    public void Start(double rowStep, long rowLine)
    {
        cells.Clear();
        step = rowStep;
        line = rowLine;
        pending = true;
    }

    public void Add(int column, double value) => cells.Add((column, value));

    public void Commit()
    {
        if (!pending)
        {
            return;
        }

        pending = false;
        Defer = false;
        bool resumed = false;
        foreach ((int column, double value) in cells)
        {
            resumed |= columns[column]!.Add(step, value) && !isIndex[column];
        }

        if (resumed)
        {
            fragment.Report(IngestCodes.ResumedSteps, path, line, string.Create(
                CultureInfo.InvariantCulture, $"step {step} repeats or goes back (resume/restart?); the later rows win"));
        }
    }

    /// <summary>At the end of the file: keeps the last row, or drops it with LL002 when it was deferred.</summary>
    public void FinishOrDrop()
    {
        if (pending && Defer)
        {
            pending = false;
            fragment.Report(IngestCodes.PartialFile, path, line, "last row is incomplete (no final newline, fewer cells than the header); dropped");
            return;
        }

        Commit();
    }
}
