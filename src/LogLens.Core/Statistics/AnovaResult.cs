namespace LogLens.Core.Statistics;

/// <summary>One-way random-effects ANOVA with ICC(1) and effect sizes (docs/methods.md).</summary>
/// <param name="Groups">Number of groups used (groups with at least one value).</param>
/// <param name="N">Total number of observations.</param>
/// <param name="F">MSB/MSW.</param>
/// <param name="P">Upper-tail p of F on (DfBetween, DfWithin).</param>
/// <param name="Msb">Mean square between groups.</param>
/// <param name="Msw">Mean square within groups.</param>
/// <param name="DfBetween">g − 1.</param>
/// <param name="DfWithin">N − g.</param>
/// <param name="N0">Effective group size (N − Σn_i²/N)/(g − 1).</param>
/// <param name="Icc">ICC(1) = (MSB − MSW)/(MSB + (n0 − 1)·MSW); may be negative.</param>
/// <param name="IccCi">The F-based (Shrout–Fleiss) confidence interval of ICC(1).</param>
/// <param name="OmegaSquared">ω² = (SSB − (g − 1)MSW)/(SST + MSW); may be negative.</param>
/// <param name="EtaSquared">η² = SSB/SST.</param>
internal sealed record AnovaResult(
    int Groups,
    int N,
    double F,
    double P,
    double Msb,
    double Msw,
    double DfBetween,
    double DfWithin,
    double N0,
    double Icc,
    Interval IccCi,
    double OmegaSquared,
    double EtaSquared)
{
    /// <summary>True when the F test could run (at least two groups and a positive within df).</summary>
    public bool IsDefined => !double.IsNaN(P);

    /// <summary>A result with NaN statistics for the given counts.</summary>
    /// <param name="groups">The number of usable groups.</param>
    /// <param name="n">The number of observations.</param>
    /// <returns>The undefined result.</returns>
    public static AnovaResult Undefined(int groups, int n) => new(
        groups, n, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN,
        double.NaN, double.NaN, Interval.Undefined, double.NaN, double.NaN);
}
