namespace LogLens.Cli.Tests;

/// <summary>Locates the repository (the folder holding LogLens.sln) from the test binaries.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LogLens.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LogLens.sln not found above " + AppContext.BaseDirectory);
    }
}
