namespace LogLens.Core.Comparison;

/// <summary>What one dataset says about candidate versus baseline.</summary>
internal enum DatasetOutcome
{
    /// <summary>The test could not run (fewer than two runs per side, or no spread).</summary>
    Undefined,

    /// <summary>No difference beyond noise (q &gt; α or |Δ| &lt; δ).</summary>
    NotSignificant,

    /// <summary>The candidate is significantly better (q ≤ α and Δ ≥ δ).</summary>
    Better,

    /// <summary>The candidate is significantly worse (q ≤ α and Δ ≤ −δ).</summary>
    Worse,
}
