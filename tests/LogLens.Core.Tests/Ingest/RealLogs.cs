namespace LogLens.Core.Tests.Ingest;

/// <summary>
/// The real log files in ../shared/real-logs (beside the repository; CI has it, a user's clone does not).
/// Tests call <see cref="Require"/> first: it skips the test with a clear message when the folder is absent.
/// </summary>
internal static class RealLogs
{
    /// <summary>../shared/real-logs next to the folder holding LogLens.sln (it may not exist).</summary>
    public static string Root { get; } = Find();

    /// <summary>A path under real-logs; skips the calling test when real-logs or that path is absent.</summary>
    public static string Require(params string[] parts)
    {
        Skip.IfNot(Directory.Exists(Root), $"../shared/real-logs not found at {Root}: real-log reader tests need the shared folder beside the repository (CI has it)");
        string path = Path.Combine([Root, .. parts]);
        Skip.IfNot(Directory.Exists(path) || File.Exists(path), $"{path} not found in ../shared/real-logs");
        return path;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogLens.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "real-logs"));
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "shared-not-found");
    }
}
