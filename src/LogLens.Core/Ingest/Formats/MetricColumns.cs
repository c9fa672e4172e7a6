namespace LogLens.Core.Ingest.Formats;

/// <summary>Column names shared by the metrics readers.</summary>
internal static class MetricColumns
{
    public const string Step = "step";

    /// <summary>
    /// Index-like columns (epoch, wall_time) are kept as series but repeat at a step whenever several rows share
    /// it (a train row and an eval row), so their repeats are not reported as resumes.
    /// </summary>
    public static bool IsIndex(string name) =>
        name.Equals("epoch", StringComparison.OrdinalIgnoreCase) || name.Equals("wall_time", StringComparison.OrdinalIgnoreCase);
}
