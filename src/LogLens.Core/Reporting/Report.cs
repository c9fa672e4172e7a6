using System.Collections.Immutable;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting;

/// <summary>
/// One analysis as every exporter sees it: the result, the comparison with a baseline, which plots are drawn and at
/// what size, the --fail-on threshold, and the drawn plots' PNG bytes (what report.html embeds). Immutable; built
/// once per analysis and handed to every <see cref="IExporter"/>.
/// </summary>
public sealed record Report
{
    /// <summary>A report of <paramref name="result"/>: no baseline, every plot full size, fail on errors, no images.</summary>
    public Report(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>The analysis.</summary>
    public AnalysisResult Result { get; }

    /// <summary>The comparison with a previous findings.json (<c>--baseline</c>), or null.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>Which plots are drawn full size, as thumbnails or skipped (<c>--max-plots</c>).</summary>
    public PlotPlan Plots { get; init; } = PlotPlan.Unlimited;

    /// <summary>The severity at or above which a finding fails the run (<c>--fail-on</c>); null for never.</summary>
    public Severity? FailOn { get; init; } = Severity.Error;

    /// <summary>
    /// The drawn plots' PNG bytes by plot name (see <see cref="ReportWriter.WritePlots"/>); empty when no plot was
    /// drawn, and report.html then shows a placeholder naming each plot's file.
    /// </summary>
    public ImmutableDictionary<string, byte[]> Images { get; init; } = ImmutableDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>True when the analysis has a finding at or above <see cref="FailOn"/>: analyze then exits 1.</summary>
    public bool Fails => Result.Fails(FailOn);

    /// <summary>The PNG bytes drawn for <paramref name="plot"/>, or null.</summary>
    public byte[]? Image(PlotSpec plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Images.GetValueOrDefault(plot.Name);
    }
}
