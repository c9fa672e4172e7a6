using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.md's "Since baseline" section: what is new and what was resolved since the baseline.</summary>
internal static class MarkdownBaseline
{
    public static string Counts(BaselineComparison baseline) =>
        string.Create(CultureInfo.InvariantCulture, $"{baseline.New} new, {baseline.Persisting} persisting, {baseline.Resolved.Length} resolved");

    public static void Write(MarkdownWriter w, AnalysisResult result, BaselineComparison baseline)
    {
        w.Line("## Since baseline");
        w.Line();
        w.Line(
            $"Compared with {Markdown.Escape(baseline.Baseline.Path)} ({baseline.Baseline.Findings.Length.ToString(CultureInfo.InvariantCulture)} "
            + $"findings): {Counts(baseline)}.");
        w.Line();
        var fresh = result.Findings.Where(f => baseline.StateOf(f) == BaselineState.New).ToList();
        if (fresh.Count == 0 && baseline.Resolved.IsEmpty)
        {
            w.Line("Nothing changed.");
            w.Line();
            return;
        }

        w.Line(Markdown.Row("Change", "Severity", "Code", "Name", "Subject", "Message"));
        w.Line(Markdown.Row("---", "---", "---", "---", "---", "---"));
        foreach (Finding f in fresh)
        {
            w.Line(Markdown.Row("**new**", Lower(f.Severity), f.Code, f.Descriptor.Name, Subject(f.Subject), Markdown.Escape(f.Message)));
        }

        foreach (BaselineFinding f in baseline.Resolved)
        {
            w.Line(
                Markdown.Row("resolved", Lower(f.Severity), Markdown.Escape(f.Code), Markdown.Escape(f.Name), Subject(f.Subject), Markdown.Escape(f.Message)));
        }

        w.Line();
    }

    /// <summary>The marker of a finding in the findings table and its heading.</summary>
    public static string Marker(BaselineComparison baseline, Finding finding) =>
        baseline.StateOf(finding) == BaselineState.New ? "**new**" : "persisting";

    private static string Lower(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Subject(Subject subject) =>
        subject.Fields().Any() ? Markdown.Escape(string.Join(", ", subject.Fields().Select(p => $"{p.Key} {p.Value}"))) : "—";
}
