using System.Globalization;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Reporting.Baselines;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.html's sortable findings table and the findings grouped by checklist question.</summary>
internal static class HtmlFindings
{
    /// <summary>Checklist questions first (in verdict order), then the questions outside the checklist.</summary>
    private static readonly (Question Question, string Label)[] Others =
    [
        (Question.Logs, "Can the logs be trusted?"),
        (Question.Dynamics, "Training dynamics"),
        (Question.Verdict, "Overall"),
    ];

    public static void WriteTable(HtmlWriter w, AnalysisResult result, BaselineComparison? baseline)
    {
        w.Line("<section id=\"findings\">");
        w.Line("<h2>Findings</h2>");
        if (result.Findings.IsEmpty)
        {
            w.Line("<p class=\"empty\">No findings.</p>");
            w.Line("</section>");
            return;
        }

        w.Line("<p class=\"note\">Sorted by severity; click a column header to sort by it.</p>");
        w.Line("<div class=\"scroll\">");
        w.Line("<table class=\"sortable\" id=\"findings-table\">");
        w.Line("<thead><tr><th>#</th><th>Severity</th><th>Code</th><th>Name</th><th>Question</th><th>Subject</th><th>Message</th>" + (baseline is null ? string.Empty : "<th>Since baseline</th>") + "</tr></thead>");
        w.Line("<tbody>");
        for (int i = 0; i < result.Findings.Length; i++)
        {
            Finding f = result.Findings[i];
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            string severity = ((int)f.Severity).ToString(CultureInfo.InvariantCulture);
            w.Line($"<tr><td class=\"num\" data-key=\"{n}\"><a href=\"#f-{n}\">{n}</a></td><td data-key=\"{severity}\">{SeverityBadge(f.Severity)}</td>"
                + $"<td class=\"mono\">{f.Code}</td><td>{Html.Encode(f.Descriptor.Name)}</td><td>{Html.Encode(Label(f.Descriptor.Question))}</td>"
                + $"<td class=\"wrap\">{Html.Encode(Subject(f.Subject))}</td><td class=\"msg wrap\">{Html.Encode(f.Message)}</td>"
                + (baseline is null ? string.Empty : $"<td>{HtmlBaseline.Badge(baseline.StateOf(f))}</td>") + "</tr>");
        }

        w.Line("</tbody>");
        w.Line("</table>");
        w.Line("</div>");
        w.Line("</section>");
    }

    public static void WriteGroups(HtmlWriter w, AnalysisResult result, BaselineComparison? baseline)
    {
        w.Line("<section id=\"by-question\">");
        w.Line("<h2>Findings by question</h2>");
        foreach (VerdictCheck check in result.Verdict.Checks)
        {
            Group(w, result, check.Question, VerdictBuilder.Label(check.Question), check, baseline);
        }

        foreach ((Question question, string label) in Others)
        {
            if (result.Findings.Any(f => f.Descriptor.Question == question))
            {
                Group(w, result, question, label, null, baseline);
            }
        }

        w.Line("</section>");
    }

    public static string SeverityBadge(Severity severity)
    {
        string name = severity.ToString().ToLowerInvariant();
        return $"<span class=\"badge sev-{name}\">{name}</span>";
    }

    /// <summary>A link to a finding's section by id, showing its code.</summary>
    public static string Link(AnalysisResult result, string id)
    {
        for (int i = 0; i < result.Findings.Length; i++)
        {
            if (result.Findings[i].Id == id)
            {
                return $"<a href=\"#f-{(i + 1).ToString(CultureInfo.InvariantCulture)}\">{result.Findings[i].Code} #{(i + 1).ToString(CultureInfo.InvariantCulture)}</a>";
            }
        }

        return Html.Encode(id);
    }

    public static string Label(Question question) =>
        Others.FirstOrDefault(o => o.Question == question).Label ?? VerdictBuilder.Label(question);

    public static string Subject(Subject subject) =>
        string.Join(", ", subject.Fields().Select(p => $"{p.Key} {p.Value}"));

    private static void Group(HtmlWriter w, AnalysisResult result, Question question, string label, VerdictCheck? check, BaselineComparison? baseline)
    {
        w.Line($"<section class=\"question\" id=\"q-{HtmlExporter.QuestionSlug(question)}\">");
        w.Line($"<h2>{Html.Encode(label)}{(check is null ? string.Empty : " " + HtmlExporter.AnswerBadge(check.Answer))}</h2>");
        if (check is not null)
        {
            w.Line($"<p class=\"note\">{Html.Encode(check.Reason)}</p>");
        }

        for (int i = 0; i < result.Findings.Length; i++)
        {
            if (result.Findings[i].Descriptor.Question == question)
            {
                Article(w, i + 1, result.Findings[i], baseline);
            }
        }

        w.Line("</section>");
    }

    private static void Article(HtmlWriter w, int number, Finding f, BaselineComparison? baseline)
    {
        string n = number.ToString(CultureInfo.InvariantCulture);
        w.Line($"<article class=\"finding\" id=\"f-{n}\">");
        w.Line($"<h3>{n}. <span class=\"mono\">{f.Code}</span> {Html.Encode(f.Descriptor.Name)} {SeverityBadge(f.Severity)}{(baseline is null ? string.Empty : " " + HtmlBaseline.Badge(baseline.StateOf(f)))}</h3>");
        if (f.Subject.Fields().Any())
        {
            w.Line($"<p class=\"subject\">{Html.Encode(Subject(f.Subject))}</p>");
        }

        w.Line($"<p class=\"message\">{Html.Encode(f.Message)}</p>");
        foreach (PlotSpec plot in f.Plots)
        {
            w.Figure(plot);
        }

        if (!f.Evidence.Items.IsEmpty)
        {
            w.Line("<table class=\"evidence\">");
            w.Line("<thead><tr><th>Evidence</th><th>Value</th></tr></thead>");
            w.Line("<tbody>");
            foreach ((string key, object value) in f.Evidence.Items)
            {
                w.Line($"<tr><td class=\"mono\">{Html.Encode(key)}</td><td{(value is string ? string.Empty : " class=\"num\"")}>{Html.Encode(Numbers.Format(value))}</td></tr>");
            }

            w.Line("</tbody>");
            w.Line("</table>");
        }

        w.Line("<dl class=\"explain\">");
        w.Line($"<dt>What it means</dt><dd>{Html.Encode(f.Descriptor.Summary)}</dd>");
        // The long texts are the code's page (docs/findings/LLxxx.md), quoted so the self-contained report keeps them offline.
        w.Line($"<dt>How it is computed</dt><dd class=\"method\">{Html.Encode(FindingPages.PlainText(FindingPages.Section(f.Code, FindingPages.Method)))}</dd>");
        w.Line($"<dt>What to do instead of tuning</dt><dd class=\"method\">{Html.Encode(FindingPages.PlainText(FindingPages.Section(f.Code, FindingPages.Remedy)))}</dd>");
        w.Line("</dl>");
        w.Line("</article>");
    }
}
