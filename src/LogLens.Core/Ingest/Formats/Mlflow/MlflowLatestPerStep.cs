namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// MLflow's choice of one value per step, applied to points already sorted by (step, timestamp, value): the last
/// point of each step wins, and a step whose points differ counts as repeated (a resume or restart re-logging it).
/// Shared by the file store (<see cref="MlflowMetricPoints"/>, after sorting a file's lines) and the SQLite store
/// (streaming rows that arrive in that order), so both stores resolve repeats the same way.
/// </summary>
internal struct MlflowLatestPerStep
{
    private bool open;
    private long step;
    private double first;
    private double last;
    private bool differs;

    /// <summary>How many steps were logged with different values so far.</summary>
    public int Repeated { get; private set; }

    /// <summary>The first such step (0 when none).</summary>
    public long FirstRepeated { get; private set; }

    /// <summary>Feeds the next point; when it starts a new step, returns true with the previous step's latest point.</summary>
    public bool Push(long pointStep, double value, out long doneStep, out double doneValue)
    {
        bool done = open && pointStep != step;
        doneStep = step;
        doneValue = last;
        if (done)
        {
            Close();
        }

        if (open)
        {
            differs |= !value.Equals(first);
        }
        else
        {
            (open, step, first, differs) = (true, pointStep, value, false);
        }

        last = value;
        return done;
    }

    /// <summary>Ends the series: returns true with the last step's latest point when there was one.</summary>
    public bool Finish(out long doneStep, out double doneValue)
    {
        doneStep = step;
        doneValue = last;
        if (!open)
        {
            return false;
        }

        Close();
        return true;
    }

    private void Close()
    {
        if (differs && Repeated++ == 0)
        {
            FirstRepeated = step;
        }

        open = false;
    }
}
