namespace LogLens.Cli;

/// <summary>What the CLI knows about where it runs; tests pass their own to exercise terminal behaviour.</summary>
/// <param name="ErrorIsTerminal">stderr is an interactive terminal (progress is shown only then).</param>
/// <param name="ProgressDelay">Ingests shorter than this show no progress at all.</param>
internal sealed record CliEnvironment(bool ErrorIsTerminal, TimeSpan ProgressDelay)
{
    /// <summary>Not a terminal: nothing but results and errors (pipes, CI logs, tests).</summary>
    public static CliEnvironment Redirected { get; } = new(false, TimeSpan.FromSeconds(1));

    /// <summary>The real console: progress when stderr is a terminal, after one second.</summary>
    public static CliEnvironment FromConsole() => new(!Console.IsErrorRedirected, TimeSpan.FromSeconds(1));
}
