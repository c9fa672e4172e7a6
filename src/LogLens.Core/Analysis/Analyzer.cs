using System.Collections.Concurrent;
using System.Collections.Immutable;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Analysis;

/// <summary>Runs the detectors over a run set and assembles the sorted, deterministic result.</summary>
public static class Analyzer
{
    /// <summary>Analyses <paramref name="runs"/> with every detector; <paramref name="paths"/> are the folders the report names.</summary>
    public static AnalysisResult Analyze(RunSet runs, AnalysisOptions? options = null, IEnumerable<string>? paths = null) =>
        Analyze(runs, options, DefaultDetectors.All, paths);

    /// <summary>Analyses <paramref name="runs"/> with <paramref name="detectors"/> only (tests and benchmarks).</summary>
    internal static AnalysisResult Analyze(RunSet runs, AnalysisOptions? options, IEnumerable<IDetector> detectors, IEnumerable<string>? paths = null)
    {
        var list = detectors.ToList();
        var context = new AnalysisContext(runs, options, list.SelectMany(d => d.Descriptors));

        // The overview plots and the verdict's parameter effects do not depend on findings: computed alongside.
        Task<(List<PlotSpec> Kept, int Omitted)> overviewPlots = Task.Run(() => OverviewPlots.Build(context));
        Task<IReadOnlyList<ParameterImpact>> parameters = Task.Run(() => VerdictParameters.Compute(context));

        // Load-balanced: detectors differ in cost by orders of magnitude, and PLINQ's default range partitioning of
        // a list would hand one core the expensive half.
        var findings = Partitioner.Create(list, loadBalance: true)
            .AsParallel().AsOrdered()
            .SelectMany(d => d.Detect(context).ToList())
            .ToList();
        var (kept, suppressed) = Suppressions.Apply(Sort(FindingRollup.Apply(findings, runs)), runs.Config.Suppressions);
        var sorted = Sort(kept);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        (List<PlotSpec> overviewKept, int omitted) = overviewPlots.GetAwaiter().GetResult();
        ImmutableArray<PlotSpec> overview = [.. overviewKept.Select(p => Name(p, taken))];
        ImmutableArray<Finding> named = [.. sorted.Select(f => f with { Plots = [.. f.Plots.Select(p => Name(p, taken))] })];
        return new AnalysisResult([.. paths ?? runs.Roots], runs, named, VerdictBuilder.Build(runs, named, parameters.GetAwaiter().GetResult()), overview)
        {
            Suppressed = [.. suppressed.OrderBy(f => f.Finding.Id, StringComparer.Ordinal)],
            OverviewPlotsOmitted = omitted,
        };
    }

    /// <summary>Orders findings: severity (highest first), then code, then id (ordinal).</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => f.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

    private static PlotSpec Name(PlotSpec plot, HashSet<string> taken) => plot with { Name = PlotNames.Unique(plot.Name, taken) };
}
