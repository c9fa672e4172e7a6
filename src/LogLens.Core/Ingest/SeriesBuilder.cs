using System.Buffers;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest;

/// <summary>
/// Accumulates one metric's points columnar (two growable double arrays) and resolves resumes as it goes:
/// the points are always strictly ascending by step, and a step that repeats or goes backwards starts a new
/// segment that supersedes every earlier point at or after that step (a restart from a checkpoint).
/// The growing buffers are rented from <see cref="ArrayPool{T}.Shared"/>: a run's buffers are temporary (the built
/// series are exact-size copies), and recycling them spares the GC a few hundred MB on a large folder.
/// </summary>
public sealed class SeriesBuilder
{
    // Run files' series (up to 64k points) grow in pooled buffers; a longer series, typically one big file, gets
    // exact-size buffers: the pool would round it up to the next power of two and keep it after the run.
    private const int PooledLength = 1 << 16;

    private double[] steps = ArrayPool<double>.Shared.Rent(16);
    private double[] values = ArrayPool<double>.Shared.Rent(16);
    private RawLog? raw;

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
            raw ??= new RawLog(steps, values, Count);
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
        raw?.Add(step, value, Resumes);
        return resumed;
    }

    /// <summary>
    /// Makes room for <paramref name="capacity"/> points at once, so a reader that can estimate a file's rows
    /// (from its size and the first rows) skips the doubling copies; the surplus goes at <see cref="Build()"/>.
    /// </summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > steps.Length)
        {
            Resize(capacity);
        }
    }

    /// <summary>The resolved, step-sorted series (a copy: the builder can go on).</summary>
    public MetricSeries Build() => new(Name, Copy(steps, Count, Count), Copy(values, Count, Count)) { Raw = raw?.Build() };

    /// <summary>
    /// Like <see cref="Build()"/>, but reuses an equal step array from <paramref name="distinctSteps"/> (the
    /// series of one run logged on the same rows) instead of copying its own, and adds its copy there otherwise.
    /// </summary>
    internal MetricSeries Build(List<double[]> distinctSteps)
    {
        double[]? shared = null;
        foreach (double[] candidate in distinctSteps)
        {
            if (steps.AsSpan(0, Count).SequenceEqual(candidate))
            {
                shared = candidate;
                break;
            }
        }

        if (shared is null)
        {
            shared = Copy(steps, Count, Count);
            distinctSteps.Add(shared);
        }

        return new MetricSeries(Name, shared, Copy(values, Count, Count));
    }

    /// <summary>
    /// Returns the buffers to the pool once the series are built; the builder must not be used afterwards (it is
    /// left empty, so a mistaken later use loses points rather than corrupting a pooled array).
    /// </summary>
    internal void Recycle()
    {
        Release(steps);
        Release(values);
        steps = values = [];
        Count = 0;
    }

    // Uninitialised arrays: zeroing memory that is overwritten at once costs as much as the copy on big series.
    private static double[] Copy(double[] source, int count, int length)
    {
        double[] result = GC.AllocateUninitializedArray<double>(length);
        source.AsSpan(0, count).CopyTo(result);
        return result;
    }

    private void Grow() => Resize(Math.Max(16, Count * 2));

    private void Resize(int capacity)
    {
        steps = Rented(steps, Count, capacity);
        values = Rented(values, Count, capacity);
    }

    private static double[] Rented(double[] source, int count, int capacity)
    {
        double[] result = capacity <= PooledLength ? ArrayPool<double>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<double>(capacity);
        source.AsSpan(0, count).CopyTo(result);
        Release(source);
        return result;
    }

    /// <summary>Returns a buffer of <see cref="Rented"/> to the pool; the empty array and large buffers were never pooled.</summary>
    private static void Release(double[] buffer)
    {
        if (buffer.Length is > 0 and <= PooledLength)
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}
