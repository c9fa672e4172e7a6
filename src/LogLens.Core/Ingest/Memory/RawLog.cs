using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Memory;

/// <summary>
/// The logging-order rows of a series, started at its first resume with the points logged before it
/// (segment 0): what <see cref="RawSeries"/> is built from. Series that never resume never allocate one.
/// </summary>
internal sealed class RawLog
{
    private readonly List<double> steps;
    private readonly List<double> values;
    private readonly List<int> segments;

    public RawLog(double[] steps, double[] values, int count)
    {
        this.steps = [.. steps.AsSpan(0, count)];
        this.values = [.. values.AsSpan(0, count)];
        segments = [.. Enumerable.Repeat(0, count)];
    }

    public void Add(double step, double value, int segment)
    {
        steps.Add(step);
        values.Add(value);
        segments.Add(segment);
    }

    public RawSeries Build() => new([.. steps], [.. values], [.. segments]);
}
