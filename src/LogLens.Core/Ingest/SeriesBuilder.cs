using LogLens.Core.Model;

namespace LogLens.Core.Ingest;

/// <summary>
/// Accumulates one metric's points columnar (two growable double arrays) and resolves resumes as it goes:
/// the points are always strictly ascending by step, and a step that repeats or goes backwards starts a new
/// segment that supersedes every earlier point at or after that step (a restart from a checkpoint).
/// </summary>
public sealed class SeriesBuilder
{
    private double[] steps = new double[16];
    private double[] values = new double[16];

    internal SeriesBuilder(string name) => Name = name;

    /// <summary>The metric name.</summary>
    public string Name { get; }

    /// <summary>Points kept so far (after resolving resumes).</summary>
    public int Count { get; private set; }

    /// <summary>How many times the steps repeated or went backwards.</summary>
    public int Resumes { get; private set; }

    /// <summary>
    /// Appends a point; returns true when <paramref name="step"/> did not exceed the last step (a resume),
    /// except for an exact repeat of the last point, which is ignored.
    /// </summary>
    /// <param name="step">The training step; must not be NaN (callers report that).</param>
    /// <param name="value">The value; non-finite values are kept.</param>
    public bool Add(double step, double value)
    {
        bool resumed = false;
        if (Count > 0 && step <= steps[Count - 1])
        {
            if (step == steps[Count - 1] && value.Equals(values[Count - 1]))
            {
                return false; // the same point logged twice
            }

            resumed = true;
            Resumes++;
            int cut = Array.BinarySearch(steps, 0, Count, step);
            Count = cut >= 0 ? cut : ~cut;
        }

        if (Count == steps.Length)
        {
            Grow();
        }

        steps[Count] = step;
        values[Count++] = value;
        return resumed;
    }

    /// <summary>
    /// Makes room for <paramref name="capacity"/> points at once, so a reader that can estimate a file's rows
    /// (from its size and the first rows) skips the doubling copies; the surplus goes at <see cref="Build"/>.
    /// </summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > steps.Length)
        {
            steps = Copy(steps, Count, capacity);
            values = Copy(values, Count, capacity);
        }
    }

    /// <summary>The resolved, step-sorted series (a copy: the builder can go on).</summary>
    public MetricSeries Build() => new(Name, Copy(steps, Count, Count), Copy(values, Count, Count));

    // Uninitialised arrays: zeroing memory that is overwritten at once costs as much as the copy on big series.
    private static double[] Copy(double[] source, int count, int length)
    {
        double[] result = GC.AllocateUninitializedArray<double>(length);
        source.AsSpan(0, count).CopyTo(result);
        return result;
    }

    private void Grow()
    {
        steps = Copy(steps, Count, Count * 2);
        values = Copy(values, Count, Count * 2);
    }
}
