using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting;

/// <summary>What a report shows beyond the analysis result: the comparison with a baseline, which plots were drawn, the --fail-on threshold.</summary>
public sealed record ReportOptions
{
    /// <summary>No baseline; every plot full size.</summary>
    public static ReportOptions None { get; } = new();

    /// <summary>The comparison with a previous findings.json (<c>--baseline</c>), or null.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>Which plots were drawn full size, as thumbnails or skipped (<c>--max-plots</c>).</summary>
    public PlotPlan Plots { get; init; } = PlotPlan.Unlimited;

    /// <summary>The severity at or above which a finding fails the run (<c>--fail-on</c>); null for never.</summary>
    public Severity? FailOn { get; init; } = Severity.Error;
}
