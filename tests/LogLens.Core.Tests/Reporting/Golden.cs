namespace LogLens.Core.Tests.Reporting;

/// <summary>Golden files under Reporting/Golden in the source tree; LOGLENS_BLESS=1 rewrites them.</summary>
public static class Golden
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LogLens.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("LogLens.sln not found"), "tests", "LogLens.Core.Tests", "Reporting", "Golden");
        }
    }

    /// <summary>Returns the expected text, first writing <paramref name="actual"/> when blessing.</summary>
    public static string Expected(string name, string actual)
    {
        string path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("LOGLENS_BLESS") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
        }

        return File.ReadAllText(path);
    }
}
