namespace LogLens.Core.Reporting.Baselines;

/// <summary>How a finding relates to the baseline (SARIF calls these new / unchanged / absent).</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline.</summary>
    New,

    /// <summary>In the baseline and still found (same id).</summary>
    Persisting,

    /// <summary>In the baseline, gone now.</summary>
    Resolved,
}
