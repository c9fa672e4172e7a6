using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>The findings table and one section per finding (message, evidence, plots, remedy).</summary>
internal static class MarkdownFindings
{
    public static void Write(MarkdownWriter w, Report report)
    {
        AnalysisResult result = report.Result;
        w.Line("## Findings");
        w.Line();
        if (result.Findings.IsEmpty)
        {
            w.Line("No findings.");
            w.Line();
            return;
        }

        string[] header = ["#", "Severity", "Code", "Name", "Subject", "Message"];
        w.Line(Markdown.Row(report.Baseline is null ? header : [.. header, "Since baseline"]));
        w.Line(Markdown.Row([.. Enumerable.Repeat("---", header.Length + (report.Baseline is null ? 0 : 1))]));
        for (int i = 0; i < result.Findings.Length; i++)
        {
            Finding f = result.Findings[i];
            string[] cells =
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Severity(f.Severity),
                f.Code,
                f.Descriptor.Name,
                f.Subject.Fields().Any() ? Markdown.Escape(Subject(f.Subject)) : "—",
                Markdown.Escape(f.Message),
            ];
            w.Line(Markdown.Row(report.Baseline is { } b ? [.. cells, MarkdownBaseline.Marker(b, f)] : cells));
        }

        w.Line();
        for (int i = 0; i < result.Findings.Length; i++)
        {
            Section(w, i + 1, result.Findings[i], report);
        }
    }

    private static void Section(MarkdownWriter w, int number, Finding f, Report report)
    {
        string marker = report.Baseline is { } b ? " — " + MarkdownBaseline.Marker(b, f) : string.Empty;
        w.Line($"### {number}. {f.Code} {f.Descriptor.Name} ({f.Severity.ToString().ToLowerInvariant()}){marker}");
        w.Line();
        if (f.Subject.Fields().Any())
        {
            w.Line($"**Subject:** {Markdown.Escape(Subject(f.Subject))}");
            w.Line();
        }

        w.Line(Markdown.Escape(f.Message));
        w.Line();
        if (!f.Evidence.Items.IsEmpty)
        {
            w.Line(Markdown.Row("Evidence", "Value"));
            w.Line(Markdown.Row("---", "---:"));
            foreach ((string key, object value) in f.Evidence.Items)
            {
                w.Line(Markdown.Row(Markdown.Escape(key), Markdown.Escape(Numbers.Format(value))));
            }

            w.Line();
        }

        foreach (PlotSpec plot in f.Plots)
        {
            w.Line(Plot(plot, report.Plots));
            w.Line();
        }

        w.Line($"**What to do instead of tuning:** {Markdown.Escape(f.Descriptor.Remedy)}");
        w.Line();
    }

    private static string Plot(PlotSpec plot, PlotPlan plan) => plan.SizeOf(plot) switch
    {
        PlotSize.Thumbnail =>
            MarkdownExporter.Image(plot) + $" *(thumbnail: beyond the {plan.MaxPlots.ToString(CultureInfo.InvariantCulture)} full-size plots of --max-plots)*",
        PlotSize.Skipped =>
            $"*Plot not drawn (beyond --max-plots {plan.MaxPlots.ToString(CultureInfo.InvariantCulture)} and its thumbnails): {AnalysisResult.PlotPath(plot)}*",
        _ => MarkdownExporter.Image(plot),
    };

    private static string Severity(Findings.Severity severity) => severity switch
    {
        Findings.Severity.Error => "**error**",
        Findings.Severity.Warning => "warning",
        _ => "info",
    };

    private static string Subject(Subject subject) =>
        string.Join(", ", subject.Fields().Select(p => $"{p.Key} {p.Value}"));
}
