namespace LogLens.Cli.Commands;

/// <summary>How much `analyze` prints besides errors.</summary>
internal enum Verbosity
{
    /// <summary>The verdict line on stdout and errors on stderr, nothing else (--quiet).</summary>
    Quiet,

    /// <summary>The compact summary on stdout.</summary>
    Normal,

    /// <summary>The summary, plus ingest diagnostics and per-phase timings on stderr (--verbose).</summary>
    Verbose,
}
