namespace LogLens.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => RunIn(CliEnvironment.Redirected, args);

    /// <summary>Runs as if stderr were (or were not) a terminal, per <paramref name="environment"/>.</summary>
    public static (int Exit, string Output, string Error) RunIn(CliEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApp.RunAsync(args, output, error, environment).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    public static string TempDir()
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "loglens-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
