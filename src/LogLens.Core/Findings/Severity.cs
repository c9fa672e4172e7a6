namespace LogLens.Core.Findings;

/// <summary>How serious a finding is; ordered so that comparisons work (Error &gt; Warning &gt; Info).</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a build by default.</summary>
    Info,

    /// <summary>Likely a problem for the tuning decision.</summary>
    Warning,

    /// <summary>The logs show something broken or contradictory.</summary>
    Error,
}
