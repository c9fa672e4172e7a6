using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.html's "Since baseline" section: counts, the new findings and the resolved ones.</summary>
internal static class HtmlBaseline
{
    public static string Badge(BaselineState state)
    {
        string text = BaselineComparison.Text(state);
        return $"<span class=\"badge base-{text}\">{text}</span>";
    }

    public static void Write(HtmlWriter w, AnalysisResult result, BaselineComparison baseline)
    {
        w.Line("<section id=\"baseline\">");
        w.Line("<h2>Since baseline</h2>");
        w.Line($"<p>Compared with <span class=\"mono\">{Html.Encode(baseline.Baseline.Path)}</span> ({Count(baseline.Baseline.Findings.Length)} findings): "
            + $"<b>{Count(baseline.New)}</b> {Badge(BaselineState.New)} <b>{Count(baseline.Persisting)}</b> {Badge(BaselineState.Persisting)} "
                + $"<b>{Count(baseline.Resolved.Length)}</b> {Badge(BaselineState.Resolved)}</p>");
        var fresh = result.Findings.Select((f, i) => (Finding: f, Number: i + 1)).Where(x => baseline.StateOf(x.Finding) == BaselineState.New).ToList();
        if (fresh.Count > 0)
        {
            w.Line("<h3>New</h3>");
            w.Line("<ul id=\"new-findings\">");
            foreach ((Finding f, int number) in fresh)
            {
                w.Line(
                    $"<li><a href=\"#f-{Count(number)}\">{f.Code} #{Count(number)}</a> {HtmlFindings.SeverityBadge(f.Severity)} {Html.Encode(f.Message)}</li>");
            }

            w.Line("</ul>");
        }

        w.Line("<h3>Resolved</h3>");
        if (baseline.Resolved.IsEmpty)
        {
            w.Line("<p class=\"empty\" id=\"resolved\">No baseline finding was resolved.</p>");
        }
        else
        {
            w.Line("<table id=\"resolved\">");
            w.Line("<thead><tr><th>Severity</th><th>Code</th><th>Name</th><th>Subject</th><th>Message (from the baseline)</th></tr></thead>");
            w.Line("<tbody>");
            foreach (BaselineFinding f in baseline.Resolved)
            {
                w.Line($"<tr><td>{HtmlFindings.SeverityBadge(f.Severity)}</td><td class=\"mono\">{Html.Encode(f.Code)}</td><td>{Html.Encode(f.Name)}</td>"
                    + $"<td class=\"wrap\">{Html.Encode(HtmlFindings.Subject(f.Subject))}</td><td class=\"msg wrap\">{Html.Encode(f.Message)}</td></tr>");
            }

            w.Line("</tbody>");
            w.Line("</table>");
        }

        w.Line("</section>");
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
