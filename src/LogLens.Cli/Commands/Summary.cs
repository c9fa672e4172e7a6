using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting;
using LogLens.Core.Verdicts;

namespace LogLens.Cli.Commands;

/// <summary>The short stdout summary of an analysis: counts, changes since the baseline, where the report is, and the verdict last.</summary>
internal static class Summary
{
    public static void Write(Report report, string outDir, IEnumerable<IExporter> exporters, bool noPlots, TextWriter output)
    {
        AnalysisResult result = report.Result;
        int Count(Severity s) => result.Findings.Count(f => f.Severity == s);
        output.WriteLine(
            $"LogLens: {result.Runs.Runs.Length} runs, {result.Runs.Groups.Select(g => g.ConfigKey).Distinct().Count()} configs, "
            + $"{result.Runs.Datasets.Length} datasets");
        output.WriteLine($"Findings: {Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings, {Count(Severity.Info)} info"
            + (result.Suppressed.IsEmpty ? string.Empty : $"; {result.Suppressed.Length} suppressed in loglens.yaml"));
        foreach (var byCode in result.Findings.GroupBy(f => f.Code))
        {
            output.WriteLine($"  {byCode.Key} {byCode.First().Descriptor.Name,-26} ×{byCode.Count()}");
        }

        var top = FindingRollup.Top(result.Findings, 3).ToList();
        if (top.Count > 0)
        {
            output.WriteLine("Read first:");
            foreach (Finding f in top)
            {
                string message = f.Message.Length > 160 ? f.Message[..157] + "…" : f.Message;
                output.WriteLine($"  {f.Code} {message}");
            }
        }

        if (report.Baseline is { } b)
        {
            output.WriteLine(
                string.Create(CultureInfo.InvariantCulture,
                    $"Since baseline: {b.New} new, {b.Persisting} persisting, {b.Resolved.Length} resolved ({b.Baseline.Path})"));
        }

        if (!noPlots)
        {
            var plots = result.AllPlots.ToList();
            int thumbnails = report.Plots.Count(plots, PlotSize.Thumbnail), skipped = report.Plots.Count(plots, PlotSize.Skipped);
            string capped = thumbnails + skipped == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" ({thumbnails} as thumbnails, {skipped} skipped: --max-plots {report.Plots.MaxPlots})");
            string overview = result.OverviewPlotsOmitted == 0
                ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $"; {result.OverviewPlotsOmitted} more overview plots not drawn");
            string folder = Path.Combine(outDir, "plots");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plots: {plots.Count - skipped} in {folder}{capped}{overview}"));
        }

        foreach (IExporter exporter in exporters)
        {
            output.WriteLine($"Wrote {Path.Combine(outDir, exporter.FileName)}");
        }

        output.WriteLine();
        foreach (VerdictCheck check in result.Verdict.Checks)
        {
            string answer = check.Answer switch { Answer.Yes => "yes", Answer.No => "no", _ => "can't tell" };
            output.WriteLine($"  {VerdictBuilder.Label(check.Question),-38} {answer,-10} {check.Reason}");
        }

        WriteVerdict(result, output);
    }

    /// <summary>The summary's last line, <c>Verdict: &lt;headline&gt;</c>; all --quiet prints, for scripts.</summary>
    public static void WriteVerdict(AnalysisResult result, TextWriter output) => output.WriteLine("Verdict: " + result.Verdict.Headline);
}
