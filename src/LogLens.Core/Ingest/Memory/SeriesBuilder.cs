using System.Buffers;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Memory;

/// <summary>
/// Accumulates one metric's points columnar (two growable double arrays) and resolves resumes as it goes:
/// the points are always strictly ascending by step, and a step that repeats or goes backwards starts a new
/// segment that supersedes every earlier point at or after that step (a restart from a checkpoint).
/// The growing buffers are rented from <see cref="ArrayPool{T}.Shared"/>: a run's buffers are temporary (the built
/// series are exact-size copies), and recycling them spares the GC a few hundred MB on a large folder. Buffers that
/// are already exact (a reader's dense columns, see <see cref="Adopt"/>) become the built series without a copy.
/// </summary>
internal sealed class SeriesBuilder
{
    // Run files' series (up to 64k points) grow in pooled buffers; a longer series, typically one big file, gets
    // exact-size buffers: the pool would round it up to the next power of two and keep it after the run.
    private const int PooledLength = 1 << 16;

    private double[] steps = ArrayPool<double>.Shared.Rent(16);
    private double[] values = ArrayPool<double>.Shared.Rent(16);
    private RawLog? raw;

    // The buffers are referenced elsewhere (adopted columns, or handed to a built series): copied before any write
    // and never returned to the pool.
    private bool shared;

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

        if (Count == steps.Length || shared)
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

    /// <summary>
    /// Takes a reader's columns of strictly ascending steps and their values, of equal length, as the points of this
    /// still empty builder, without a copy; <paramref name="stepColumn"/> may be shared with other builders (nothing
    /// writes to adopted arrays).
    /// </summary>
    internal void Adopt(double[] stepColumn, double[] valueColumn)
    {
        if (Count > 0)
        {
            throw new InvalidOperationException("only an empty builder adopts columns");
        }

        Release();
        steps = stepColumn;
        values = valueColumn;
        Count = stepColumn.Length;
        shared = true;
    }

    /// <summary>The resolved, step-sorted series (a copy: the builder can go on).</summary>
    public MetricSeries Build() => new(Name, SeriesArrays.Copy(steps, Count, Count), SeriesArrays.Copy(values, Count, Count)) { Raw = raw?.Build() };

    /// <summary>
    /// Like <see cref="Build()"/>, but reuses an equal step array from <paramref name="distinctSteps"/> (the
    /// series of one run logged on the same rows) instead of copying its own, and adds its copy there otherwise.
    /// </summary>
    internal MetricSeries Build(List<double[]> distinctSteps)
    {
        double[]? stepColumn = null;
        foreach (double[] candidate in distinctSteps)
        {
            if (ReferenceEquals(candidate, steps) || steps.AsSpan(0, Count).SequenceEqual(candidate))
            {
                stepColumn = candidate;
                break;
            }
        }

        if (stepColumn is null)
        {
            stepColumn = Exact(steps);
            distinctSteps.Add(stepColumn);
        }

        return new MetricSeries(Name, stepColumn, Exact(values)) { Raw = raw?.Build() };
    }

    /// <summary>
    /// Returns the buffers to the pool once the series are built; the builder must not be used afterwards (it is
    /// left empty, so a mistaken later use loses points rather than corrupting a pooled array).
    /// </summary>
    internal void Recycle()
    {
        Release();
        steps = values = [];
        Count = 0;
        shared = false;
    }

    /// <summary>The first <see cref="Count"/> elements of a buffer: the buffer itself when it is exactly that long (it is then shared).</summary>
    private double[] Exact(double[] buffer)
    {
        if (buffer.Length != Count)
        {
            return SeriesArrays.Copy(buffer, Count, Count);
        }

        shared = true;
        return buffer;
    }

    private void Grow() => Resize(Math.Max(16, Count * 2));

    private void Resize(int capacity)
    {
        double[] oldSteps = steps;
        double[] oldValues = values;
        steps = Rent(capacity);
        values = Rent(capacity);
        oldSteps.AsSpan(0, Count).CopyTo(steps);
        oldValues.AsSpan(0, Count).CopyTo(values);
        Release(oldSteps, oldValues);
        shared = false;
    }

    private static double[] Rent(int capacity) =>
        capacity <= PooledLength ? ArrayPool<double>.Shared.Rent(capacity) : SeriesArrays.Allocate(capacity);

    private void Release() => Release(steps, values);

    /// <summary>Returns buffers of <see cref="Rent"/> to the pool; the empty array, large and shared buffers were never pooled or are not ours.</summary>
    private void Release(double[] oldSteps, double[] oldValues)
    {
        if (shared)
        {
            return;
        }

        foreach (double[] buffer in (ReadOnlySpan<double[]>)[oldSteps, oldValues])
        {
            if (buffer.Length is > 0 and <= PooledLength)
            {
                ArrayPool<double>.Shared.Return(buffer);
            }
        }
    }
}
