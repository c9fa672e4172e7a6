using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.html's closing "Suppressed" section, collapsed: each accepted finding with its reason.</summary>
internal static class HtmlSuppressed
{
    public static void Write(HtmlWriter w, AnalysisResult result)
    {
        if (result.Suppressed.IsEmpty)
        {
            return;
        }

        string count = result.Suppressed.Length.ToString(CultureInfo.InvariantCulture);
        w.Line("<section id=\"suppressed\">");
        w.Line($"<details><summary><h2>Suppressed ({count})</h2></summary>");
        w.Line("<p>Accepted in loglens.yaml (<code>suppress:</code>): not counted for <code>--fail-on</code> or the verdict.</p>");
        w.Line("<table>");
        w.Line("<thead><tr><th>Severity</th><th>Code</th><th>Name</th><th>Message</th><th>Reason</th><th>loglens.yaml</th></tr></thead>");
        w.Line("<tbody>");
        foreach (SuppressedFinding s in result.Suppressed)
        {
            w.Line(
                $"<tr><td>{HtmlFindings.SeverityBadge(s.Finding.Severity)}</td><td "
                + $"class=\"mono\">{Html.Encode(s.Finding.Code)}</td><td>{Html.Encode(s.Finding.Descriptor.Name)}</td>"
                + $"<td class=\"msg wrap\">{Html.Encode(s.Finding.Message)}</td><td class=\"wrap\">{Html.Encode(s.By.Reason)}</td><td class=\"num\">line "
                    + $"{s.By.Line.ToString(CultureInfo.InvariantCulture)}</td></tr>");
        }

        w.Line("</tbody>");
        w.Line("</table>");
        w.Line("</details>");
        w.Line("</section>");
    }
}
