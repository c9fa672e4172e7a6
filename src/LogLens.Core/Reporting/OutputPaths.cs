namespace LogLens.Core.Reporting;

/// <summary>Paths inside the output folder: nothing a report writes can land outside it.</summary>
internal static class OutputPaths
{
    /// <summary>
    /// The full path of <paramref name="relative"/> inside <paramref name="outDir"/>; throws when it would resolve
    /// outside it (an absolute path, "..", a rooted segment), so no log-derived name can write elsewhere.
    /// </summary>
    public static string Within(string outDir, string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        ArgumentException.ThrowIfNullOrEmpty(relative);
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        string full = Path.GetFullPath(Path.Combine(root, relative));
        bool inside = !Path.IsPathRooted(relative) && full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? full : throw new InvalidOperationException($"refusing to write outside the output folder: {relative}");
    }
}
