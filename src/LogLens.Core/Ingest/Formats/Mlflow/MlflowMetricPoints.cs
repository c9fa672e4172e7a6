using LogLens.Core.Ingest.Memory;

namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>
/// The lines of one MLflow metric file as growable columns, reduced to one point per step the way MLflow picks
/// its "latest" value: the maximum by (step, timestamp, value), see <see cref="MlflowLatestPerStep"/>. Lines may be out of
/// order and steps may repeat.
/// </summary>
internal sealed class MlflowMetricPoints
{
    private long[] steps = new long[64];
    private long[] times = new long[64];
    private double[] values = new double[64];
    private bool sorted = true;

    public int Count { get; private set; }

    public void Add(long time, double value, long step)
    {
        if (Count == steps.Length)
        {
            Array.Resize(ref steps, Count * 2);
            Array.Resize(ref times, Count * 2);
            Array.Resize(ref values, Count * 2);
        }

        sorted = sorted && (Count == 0 || Compare(Count - 1, step, time, value) <= 0);
        steps[Count] = step;
        times[Count] = time;
        values[Count++] = value;
    }

    /// <summary>
    /// Adds the latest point of every step to <paramref name="series"/>, ascending; returns how many steps were
    /// logged with different values (a resume or restart re-logging them) and the first such step.
    /// </summary>
    public (int Repeated, long FirstRepeated) CopyTo(SeriesBuilder series)
    {
        var latest = default(MlflowLatestPerStep);
        foreach (int i in Order())
        {
            if (latest.Push(steps[i], values[i], out long step, out double value))
            {
                series.Add(step, value);
            }
        }

        if (latest.Finish(out long lastStep, out double lastValue))
        {
            series.Add(lastStep, lastValue);
        }

        return (latest.Repeated, latest.FirstRepeated);
    }

    private int[] Order()
    {
        int[] order = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            order[i] = i;
        }

        if (!sorted)
        {
            // Stable on ties so that identical lines keep file order.
            Array.Sort(order, (a, b) => Compare(a, steps[b], times[b], values[b]) is int c && c != 0 ? c : a.CompareTo(b));
        }

        return order;
    }

    private int Compare(int index, long step, long time, double value)
    {
        int c = steps[index].CompareTo(step);
        c = c != 0 ? c : times[index].CompareTo(time);
        return c != 0 ? c : values[index].CompareTo(value);
    }
}
