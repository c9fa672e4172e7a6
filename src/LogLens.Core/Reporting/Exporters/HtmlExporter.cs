using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Plots;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>
/// report.html: one self-contained page for a review — verdict and checklist, counts, a sortable findings
/// table, findings grouped by checklist question (each with plots, evidence and the catalog's explanation),
/// overview plots, run, parameter, group, sample and diagnostic tables. Nothing is loaded from anywhere:
/// plots are inline PNG data URLs, styles and the sorting script are inline, and a Content-Security-Policy
/// allows only those. Every log-derived string goes through <see cref="Html.Encode"/>. Deterministic.
/// </summary>
public sealed class HtmlExporter : IExporter
{
    /// <summary>Overview plots shown before the rest are folded.</summary>
    internal const int OverviewShown = 6;

    private HtmlExporter()
    {
    }

    /// <summary>The exporter: plots the report carries as PNG bytes are embedded, the others are captioned placeholders naming their file.</summary>
    public static HtmlExporter Default { get; } = new();

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public string FileName => "report.html";

    /// <summary>The Content-Security-Policy written into the page (the script hash is computed from the inline script).</summary>
    public static string ContentSecurityPolicy => HtmlAssets.ContentSecurityPolicy;

    /// <inheritdoc />
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        AnalysisResult result = report.Result;
        var w = new HtmlWriter(writer, report);
        w.Line("<!DOCTYPE html>");
        w.Line("<html lang=\"en\">");
        w.Line("<head>");
        w.Line("<meta charset=\"utf-8\">");
        w.Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlAssets.ContentSecurityPolicy}\">");
        w.Line("<meta name=\"referrer\" content=\"no-referrer\">");
        w.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Line($"<meta name=\"generator\" content=\"{ToolInfo.Name} {Html.Encode(ToolInfo.Version)}\">");
        w.Line("<title>LogLens report</title>");
        w.Line("<style>" + HtmlAssets.Style + "</style>");
        w.Line("</head>");
        w.Line("<body>");
        w.Line("<header>");
        w.Line("<h1>LogLens report</h1>");
        w.Line($"<p class=\"verdict {VerdictClass(result.Verdict)}\" id=\"verdict-headline\">{Html.Encode(result.Verdict.Headline)}</p>");
        List<int> top = HtmlFindings.Top(result);
        WriteNav(w, result, top.Count > 0, report.Baseline is not null);
        w.Line("</header>");
        w.Line("<main>");
        HtmlFindings.WriteReadFirst(w, result, top, report.Baseline);
        WriteChecklist(w, result);
        if (report.Baseline is { } baseline)
        {
            HtmlBaseline.Write(w, result, baseline);
        }

        HtmlFindings.WriteGroups(w, result, top, report.Baseline);
        HtmlFindings.WriteTable(w, result, report.Baseline);
        WriteOverview(w, result);
        HtmlRuns.Write(w, result);
        HtmlSuppressed.Write(w, result);
        w.Line("</main>");
        w.Line($"<footer>Written by {ToolInfo.Name} {Html.Encode(ToolInfo.Version)}. Self-contained: this page loads nothing from the network.</footer>");
        w.Line("<script>" + HtmlAssets.Script + "</script>");
        w.Line("</body>");
        w.Line("</html>");
    }

    private static void WriteNav(HtmlWriter w, AnalysisResult result, bool readFirst, bool baseline)
    {
        w.Line("<nav aria-label=\"Contents\"><ul>");
        w.Line((readFirst ? "<li><a href=\"#read-first\">What to do</a></li>" : string.Empty)
            + "<li><a href=\"#checklist\">Checklist</a></li>"
            + (baseline ? "<li><a href=\"#baseline\">Since baseline</a></li>" : string.Empty)
            + "<li><a href=\"#by-question\">By question</a></li><li><a href=\"#findings\">All findings</a></li>");
        if (!result.OverviewPlots.IsEmpty || result.OverviewPlotsOmitted > 0)
        {
            w.Line("<li><a href=\"#overview\">Overview plots</a></li>");
        }

        w.Line(
            "<li><a href=\"#input\">Input</a></li><li><a href=\"#runs\">Runs</a></li><li><a href=\"#parameters\">Parameters</a></li><li><a "
            + "href=\"#groups\">Config groups</a></li>");
        w.Line("</ul></nav>");
    }

    private static void WriteChecklist(HtmlWriter w, AnalysisResult result)
    {
        w.Line("<section id=\"checklist\">");
        w.Line("<h2>Verdict checklist</h2>");
        w.Line(
            $"<p>{result.Verdict.Yes.ToString(CultureInfo.InvariantCulture)} of {result.Verdict.Checks.Length.ToString(CultureInfo.InvariantCulture)} answers "
            + $"are yes; two or more mean stop tuning parameters.</p>");
        w.Line("<table>");
        w.Line("<thead><tr><th>Question</th><th>Answer</th><th>Findings</th><th>Why / what would settle it</th></tr></thead>");
        w.Line("<tbody>");
        foreach (VerdictCheck check in result.Verdict.Checks)
        {
            string links = check.FindingIds.IsEmpty
                ? "—"
                : string.Join(", ", check.FindingIds.Select(id => HtmlFindings.Link(result, id)));
            w.Line($"<tr><td><a href=\"#q-{QuestionSlug(check.Question)}\">{Html.Encode(VerdictBuilder.Label(check.Question))}</a></td>"
                + $"<td>{AnswerBadge(check.Answer)}</td><td>{links}</td><td>{Html.Encode(check.Reason)}</td></tr>");
        }

        w.Line("</tbody>");
        w.Line("</table>");
        w.Line("<div class=\"counts\" id=\"counts\">");
        foreach (Severity severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            int count = result.Findings.Count(f => f.Severity == severity);
            w.Line($"<span><b>{count.ToString(CultureInfo.InvariantCulture)}</b> {HtmlFindings.SeverityBadge(severity)}</span>");
        }

        w.Line("</div>");
        w.Line("</section>");
    }

    private static void WriteOverview(HtmlWriter w, AnalysisResult result)
    {
        if (result.OverviewPlots.IsEmpty && result.OverviewPlotsOmitted == 0)
        {
            return;
        }

        w.Line("<section id=\"overview\">");
        w.Line("<h2>Overview plots</h2>");
        w.Line("<div class=\"gallery\">");
        foreach (PlotSpec plot in result.OverviewPlots.Take(OverviewShown))
        {
            w.Figure(plot);
        }

        w.Line("</div>");
        if (result.OverviewPlots.Length > OverviewShown)
        {
            string more = (result.OverviewPlots.Length - OverviewShown).ToString(CultureInfo.InvariantCulture);
            w.Line($"<details class=\"more\"><summary>Show {more} more overview plots</summary>");
            w.Line("<div class=\"gallery\">");
            foreach (PlotSpec plot in result.OverviewPlots.Skip(OverviewShown))
            {
                w.Figure(plot);
            }

            w.Line("</div>");
            w.Line("</details>");
        }

        if (result.OverviewPlotsOmitted > 0)
        {
            w.Line($"<p class=\"note\">{MarkdownExporter.OmittedOverview(result)}.</p>");
        }

        w.Line("</section>");
    }

    internal static string QuestionSlug(Question question) => question.ToString().ToLowerInvariant();

    internal static string AnswerBadge(Answer answer) =>
        $"<span class=\"badge "
        + $"ans-{answer.ToString().ToLowerInvariant()}\">{MarkdownExporter.AnswerText(answer).Replace("'", "&#39;", StringComparison.Ordinal)}</span>";

    private static string VerdictClass(Verdict verdict) => verdict.Kind switch
    {
        VerdictKind.StopTuning or VerdictKind.FixTrainingFirst => "stop",
        VerdictKind.TuningPays => "keep",
        _ => "care",
    };
}
