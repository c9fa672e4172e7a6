using System.Globalization;
using LogLens.Core.Ingest.Formats;
using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Csv;

/// <summary>
/// One parsed row of a wide metrics file, committed to the series builders only once it is known to be
/// whole, so a row cut off mid-write can be dropped; reports a resume (LL005) once per row.
/// </summary>
internal sealed class CsvRowBuffer(string path, RunFragment fragment, CsvColumns columns)
{
    // At most one cell per column: fixed arrays, no per-row allocation.
    private readonly int[] cellColumns = new int[columns.Count];
    private readonly double[] cellValues = new double[columns.Count];
    private int count;
    private double step;
    private long line;
    private bool pending;

    /// <summary>When set, the row waits for <see cref="Commit"/> (called on the next row) rather than being kept at the end.</summary>
    public bool Defer { get; set; }

    public void Start(double rowStep, long rowLine)
    {
        count = 0;
        step = rowStep;
        line = rowLine;
        pending = true;
    }

    /// <summary>Adds the value of a column (each column at most once per row).</summary>
    public void Add(int column, double value)
    {
        cellColumns[count] = column;
        cellValues[count++] = value;
    }

    public void Commit()
    {
        if (!pending)
        {
            return;
        }

        pending = false;
        Defer = false;
        bool resumed = false;
        SeriesBuilder?[] series = columns.Series;
        bool[] isIndex = columns.IsIndex;
        for (int i = 0; i < count; i++)
        {
            int column = cellColumns[i];
            resumed |= series[column]!.Add(step, cellValues[i]) && !isIndex[column];
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
