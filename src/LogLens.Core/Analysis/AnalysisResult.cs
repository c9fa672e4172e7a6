using System.Collections.Immutable;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Analysis;

/// <summary>The outcome of an analysis: what exporters and plotters read. Findings are sorted.</summary>
/// <param name="Paths">The paths as the user gave them.</param>
/// <param name="Runs">The run set.</param>
/// <param name="Findings">Findings sorted by severity (highest first), code, id.</param>
/// <param name="Verdict">The triage verdict.</param>
/// <param name="OverviewPlots">Plots that are not tied to one finding.</param>
public sealed record AnalysisResult(
    ImmutableArray<string> Paths,
    RunSet Runs,
    ImmutableArray<Finding> Findings,
    Verdict Verdict,
    ImmutableArray<PlotSpec> OverviewPlots)
{
    /// <summary>Findings that loglens.yaml's <c>suppress:</c> entries accept, by id; not in <see cref="Findings"/>.</summary>
    public ImmutableArray<SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>Overview plots beyond <see cref="Detection.AnalysisOptions.MaxOverviewPlots"/> (--max-plots), not built.</summary>
    public int OverviewPlotsOmitted { get; init; }

    /// <summary>Every plot: overview plots first, then each finding's.</summary>
    public IEnumerable<PlotSpec> AllPlots => OverviewPlots.Concat(Findings.SelectMany(f => f.Plots));

    /// <summary>Whether a finding is at or above <paramref name="threshold"/> (<c>--fail-on</c>; null for never): exit code 1.</summary>
    public bool Fails(Severity? threshold) => threshold is Severity t && Findings.Any(f => f.Severity >= t);

    /// <summary>The relative path a plot is written to.</summary>
    public static string PlotPath(PlotSpec plot, string extension = "png") => $"plots/{plot.Name}.{extension}";
}
