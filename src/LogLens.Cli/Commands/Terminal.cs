using System.Diagnostics;
using System.Globalization;
using LogLens.Core.Model;

namespace LogLens.Cli.Commands;

/// <summary>
/// Where `analyze` talks: the summary on stdout (only its verdict line with --quiet), progress on stderr only when it is a
/// terminal, and with --verbose the ingest diagnostics and per-phase timings on stderr.
/// </summary>
internal sealed class Terminal(TextWriter output, TextWriter error, Verbosity verbosity, CliEnvironment environment)
{
    public TextWriter Output => output;

    public bool ShowsSummary => verbosity != Verbosity.Quiet;

    /// <summary>A progress line for the ingest, or null when stderr is not a terminal or --quiet.</summary>
    public IngestProgress? IngestProgress() =>
        verbosity != Verbosity.Quiet && environment.ErrorIsTerminal ? new IngestProgress(error, environment.ProgressDelay) : null;

    /// <summary>Runs one phase; with --verbose its wall time goes to stderr.</summary>
    public T Phase<T>(string name, Func<T> action)
    {
        long start = Stopwatch.GetTimestamp();
        T result = action();
        if (verbosity == Verbosity.Verbose)
        {
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {name,-8} {ms,8:0} ms"));
        }

        return result;
    }

    /// <summary>With --verbose: every ingest diagnostic with its path and line.</summary>
    public void Diagnostics(RunSet runs)
    {
        if (verbosity != Verbosity.Verbose)
        {
            return;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs.Diagnostics.Length} diagnostics"));
        foreach (Diagnostic d in runs.Diagnostics)
        {
            string line = d.Line is long l ? ":" + l.ToString(CultureInfo.InvariantCulture) : string.Empty;
            error.WriteLine($"  {d.Code} {d.Path}{line}: {d.Message}");
        }
    }
}
