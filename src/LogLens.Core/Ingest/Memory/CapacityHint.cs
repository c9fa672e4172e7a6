namespace LogLens.Core.Ingest.Memory;

/// <summary>
/// Presizes series builders once the first <see cref="SampleRows"/> rows of a file are read: rows expected from
/// the file's size and the bytes per row so far, times each series' share of those rows, plus 10%. Saves the
/// doubling copies (and on big files the large-object-heap churn) of growing arrays one row at a time.
/// </summary>
internal static class CapacityHint
{
    public const int SampleRows = 64;

    public static void Apply(IEnumerable<SeriesBuilder?> builders, long rows, long bytesRead, long bytesTotal)
    {
        if (rows <= 0 || bytesRead <= 0 || bytesTotal <= bytesRead)
        {
            return;
        }

        double expectedRows = ExpectedRows(rows, bytesRead, bytesTotal);
        foreach (SeriesBuilder? builder in builders)
        {
            if (builder is { Count: > 0 })
            {
                double expected = expectedRows * builder.Count / rows;
                builder.EnsureCapacity((int)Math.Min(expected + 16, Array.MaxLength));
            }
        }
    }

    /// <summary>The rows a file holds, from the bytes the first <paramref name="rows"/> took, plus 10%.</summary>
    public static double ExpectedRows(long rows, long bytesRead, long bytesTotal) =>
        rows <= 0 || bytesRead <= 0 ? 0 : rows * (double)bytesTotal / bytesRead * 1.1;
}
