namespace LogLens.Core.Model;

/// <summary>
/// A resumed series' rows as they were logged, in file order, each tagged with its segment (0 before the first
/// resume, 1 after it, ...). Analyses read the de-duplicated <see cref="MetricSeries"/> view; this keeps what the
/// restarts replaced. Only series whose steps repeated or went back carry one.
/// </summary>
/// <param name="Steps">Steps in logging order.</param>
/// <param name="Values">Values in logging order.</param>
/// <param name="Segments">The segment of each row.</param>
internal sealed record RawSeries(double[] Steps, double[] Values, int[] Segments)
{
    /// <summary>Number of segments (resumes + 1).</summary>
    public int SegmentCount => Segments.Length == 0 ? 0 : Segments[^1] + 1;
}
