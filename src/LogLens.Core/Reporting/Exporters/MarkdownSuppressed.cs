using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.md's closing "Suppressed" section: each accepted finding with the reason loglens.yaml gives.</summary>
internal static class MarkdownSuppressed
{
    public static void Write(MarkdownWriter w, AnalysisResult result)
    {
        if (result.Suppressed.IsEmpty)
        {
            return;
        }

        w.Line($"## Suppressed ({result.Suppressed.Length.ToString(CultureInfo.InvariantCulture)})");
        w.Line();
        w.Line("Accepted in loglens.yaml (`suppress:`): not counted for `--fail-on` or the verdict.");
        w.Line();
        w.Line(Markdown.Row("Severity", "Code", "Name", "Message", "Reason", "loglens.yaml"));
        w.Line(Markdown.Row("---", "---", "---", "---", "---", "---:"));
        foreach (SuppressedFinding s in result.Suppressed)
        {
            w.Line(Markdown.Row(
                s.Finding.Severity.ToString().ToLowerInvariant(), s.Finding.Code, s.Finding.Descriptor.Name, Markdown.Escape(s.Finding.Message),
                Markdown.Escape(s.By.Reason), "line " + s.By.Line.ToString(CultureInfo.InvariantCulture)));
        }

        w.Line();
    }
}
