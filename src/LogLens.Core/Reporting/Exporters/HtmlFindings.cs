using System.Globalization;
using LogLens.Core.Analysis;
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

    /// <summary>
    /// A question with two or more findings beyond <see cref="Shown"/> shows the first ones and folds the rest (one
    /// would not be worth a fold); a findings table longer than <see cref="TableShown"/> rows is folded whole.
    /// </summary>
    internal const int Shown = 3, TableShown = 10;

    /// <summary>
    /// "What to do": the findings that matter most (<see cref="FindingRollup.Top"/>), each in full with its plots and
    /// what to do instead of tuning. Their question groups link here rather than repeat them.
    /// </summary>
    public static void WriteReadFirst(HtmlWriter w, AnalysisResult result, IReadOnlyList<int> top, BaselineComparison? baseline)
    {
        if (top.Count == 0)
        {
            return;
        }

        w.Line("<section id=\"read-first\">");
        w.Line("<h2>What to do</h2>");
        string lead = top.Count == 1 ? "The finding that matters most" : $"The {top.Count.ToString(CultureInfo.InvariantCulture)} findings that matter most";
        string all = result.Findings.Length.ToString(CultureInfo.InvariantCulture);
        w.Line($"<p class=\"note\">{lead}, with what to do instead of tuning; all {all} are grouped by question below.</p>");
        foreach (int index in top)
        {
            Article(w, index + 1, result.Findings[index], baseline, "finding top");
        }

        w.Line("</section>");
    }

    /// <summary>The indices of the findings "What to do" shows, most important first.</summary>
    public static List<int> Top(AnalysisResult result) =>
        [.. FindingRollup.Top(result.Findings, 3).Select(f => result.Findings.IndexOf(f))];

    public static void WriteTable(HtmlWriter w, AnalysisResult result, BaselineComparison? baseline)
    {
        w.Line("<section id=\"findings\">");
        w.Line($"<h2>All findings ({result.Findings.Length.ToString(CultureInfo.InvariantCulture)})</h2>");
        if (result.Findings.IsEmpty)
        {
            w.Line("<p class=\"empty\">No findings.</p>");
            w.Line("</section>");
            return;
        }

        bool fold = result.Findings.Length > TableShown;
        if (fold)
        {
            w.Line($"<details><summary>Show the table of all {result.Findings.Length.ToString(CultureInfo.InvariantCulture)} findings</summary>");
        }

        w.Line("<p class=\"note\">Sorted by severity; click a column header to sort by it.</p>");
        w.Line("<div class=\"scroll\">");
        w.Line("<table class=\"sortable\" id=\"findings-table\">");
        w.Line(
            "<thead><tr><th>#</th><th>Severity</th><th>Code</th><th>Name</th><th>Question</th><th>Subject</th><th>Message</th>"
            + (baseline is null ? string.Empty : "<th>Since baseline</th>") + "</tr></thead>");
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
        if (fold)
        {
            w.Line("</details>");
        }

        w.Line("</section>");
    }

    public static void WriteGroups(HtmlWriter w, AnalysisResult result, IReadOnlyList<int> top, BaselineComparison? baseline)
    {
        w.Line("<section id=\"by-question\">");
        w.Line("<h2>Findings by question</h2>");
        foreach (VerdictCheck check in result.Verdict.Checks)
        {
            Group(w, result, top, check.Question, VerdictBuilder.Label(check.Question), check, baseline);
        }

        foreach ((Question question, string label) in Others)
        {
            if (result.Findings.Any(f => f.Descriptor.Question == question))
            {
                Group(w, result, top, question, label, null, baseline);
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
                return $"<a href=\"#f-{(i + 1).ToString(CultureInfo.InvariantCulture)}\">{result.Findings[i].Code} "
                    + $"#{(i + 1).ToString(CultureInfo.InvariantCulture)}</a>";
            }
        }

        return Html.Encode(id);
    }

    public static string Label(Question question) =>
        Others.FirstOrDefault(o => o.Question == question).Label ?? VerdictBuilder.Label(question);

    public static string Subject(Subject subject) =>
        string.Join(", ", subject.Fields().Select(p => $"{p.Key} {p.Value}"));

    /// <summary>"3 findings: 1 error, 2 warnings" (no findings: "no findings").</summary>
    internal static string Counts(IReadOnlyCollection<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return "no findings";
        }

        var parts = new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => (Severity: s, Count: findings.Count(f => f.Severity == s))).Where(p => p.Count > 0)
            .Select(p => p.Count.ToString(CultureInfo.InvariantCulture) + " " + p.Severity.ToString().ToLowerInvariant()
                + (p.Count == 1 || p.Severity == Severity.Info ? string.Empty : "s"));
        return $"{findings.Count.ToString(CultureInfo.InvariantCulture)} finding{(findings.Count == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}";
    }

    private static void Group(
        HtmlWriter w, AnalysisResult result, IReadOnlyList<int> top, Question question, string label, VerdictCheck? check, BaselineComparison? baseline)
    {
        string slug = HtmlExporter.QuestionSlug(question);
        string answer = check is null ? string.Empty : " " + HtmlExporter.AnswerBadge(check.Answer);
        var members = Enumerable.Range(0, result.Findings.Length).Where(i => result.Findings[i].Descriptor.Question == question).ToList();
        if (members.Count == 0)
        {
            // A question without findings is one line: its answer and what would settle it are all there is to read.
            string reason = check is null ? string.Empty : " — " + Html.Encode(check.Reason);
            w.Line($"<p class=\"question empty\" id=\"q-{slug}\"><b>{Html.Encode(label)}</b>{answer} no findings{reason}</p>");
            return;
        }

        w.Line($"<section class=\"question\" id=\"q-{slug}\">");
        w.Line($"<h2>{Html.Encode(label)}{answer} <span class=\"count\">{Counts([.. members.Select(i => result.Findings[i])])}</span></h2>");
        if (check is not null)
        {
            w.Line($"<p class=\"note\">{Html.Encode(check.Reason)}</p>");
        }

        bool fold = members.Count > Shown + 1;
        for (int k = 0; k < members.Count; k++)
        {
            if (fold && k == Shown)
            {
                string more = (members.Count - Shown).ToString(CultureInfo.InvariantCulture);
                w.Line($"<details class=\"more\"><summary>Show {more} more findings of this question</summary>");
            }

            int i = members[k];
            if (top.Contains(i))
            {
                string n = (i + 1).ToString(CultureInfo.InvariantCulture);
                Finding f = result.Findings[i];
                w.Line($"<p class=\"seen\">{n}. <span class=\"mono\">{f.Code}</span> {Html.Encode(f.Descriptor.Name)} {SeverityBadge(f.Severity)}"
                    + $" — shown in full under <a href=\"#f-{n}\">What to do</a></p>");
            }
            else
            {
                Article(w, i + 1, result.Findings[i], baseline, "finding");
            }
        }

        if (fold)
        {
            w.Line("</details>");
        }

        w.Line("</section>");
    }

    private static void Article(HtmlWriter w, int number, Finding f, BaselineComparison? baseline, string cssClass)
    {
        string n = number.ToString(CultureInfo.InvariantCulture);
        w.Line($"<article class=\"{cssClass}\" id=\"f-{n}\">");
        w.Line(
            $"<h3>{n}. <span class=\"mono\">{f.Code}</span> {Html.Encode(f.Descriptor.Name)} "
            + $"{SeverityBadge(f.Severity)}{(baseline is null ? string.Empty : " " + HtmlBaseline.Badge(baseline.StateOf(f)))}</h3>");
        if (f.Subject.Fields().Any())
        {
            w.Line($"<p class=\"subject\">{Html.Encode(Subject(f.Subject))}</p>");
        }

        w.Line($"<p class=\"message\">{Html.Encode(f.Message)}</p>");
        foreach (PlotSpec plot in f.Plots)
        {
            w.Figure(plot);
        }

        w.Line($"<p class=\"remedy\"><b>What to do instead of tuning:</b> {Html.Encode(f.Descriptor.Remedy)}</p>");
        w.Line("<details class=\"method\"><summary>Evidence, what it means and how it is computed</summary>");
        if (!f.Evidence.Items.IsEmpty)
        {
            w.Line("<table class=\"evidence\">");
            w.Line("<thead><tr><th>Evidence</th><th>Value</th></tr></thead>");
            w.Line("<tbody>");
            foreach ((string key, object value) in f.Evidence.Items)
            {
                w.Line($"<tr><td class=\"mono\">{Html.Encode(key)}</td><td{(value is string ? string.Empty : " class=\"num\"")}>"
                    + $"{Html.Encode(Numbers.Format(value))}</td></tr>");
            }

            w.Line("</tbody>");
            w.Line("</table>");
        }

        w.Line("<dl class=\"explain\">");
        w.Line($"<dt>What it means</dt><dd>{Html.Encode(f.Descriptor.Summary)}</dd>");
        // The long texts are the code's page (docs/findings/LLxxx.md), quoted so the self-contained report keeps them offline.
        w.Line(
            $"<dt>How it is computed</dt><dd class=\"method\">{Html.Encode(FindingPages.PlainText(FindingPages.Section(f.Code, FindingPages.Method)))}</dd>");
        w.Line(
            $"<dt>What to do instead of tuning, in full</dt><dd "
            + $"class=\"method\">{Html.Encode(FindingPages.PlainText(FindingPages.Section(f.Code, FindingPages.Remedy)))}</dd>");
        w.Line("</dl>");
        w.Line("</details>");
        w.Line("</article>");
    }
}
