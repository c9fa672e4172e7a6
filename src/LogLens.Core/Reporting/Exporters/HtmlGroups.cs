using System.Globalization;
using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.html's config-group, sample and diagnostic tables.</summary>
internal static class HtmlGroups
{
    public static void Write(HtmlWriter w, RunSet runs)
    {
        w.Line("<section id=\"groups\">");
        w.Line("<h2>Config groups</h2>");
        var metrics = runs.Metrics.Values.Where(m => m.Role != MetricRole.Other).OrderBy(m => m.Role == MetricRole.Business ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal).Select(m => m.Name).ToList();
        var groups = GroupStats.Of(runs);
        if (groups.Count == 0)
        {
            w.Line("<p class=\"empty\">No config groups.</p>");
            w.Line("</section>");
            return;
        }

        w.Line("<p class=\"note\">Final values per group: mean ± sd over seeds, n = runs with a finite value, 95% t-interval of the mean.</p>");
        HtmlRuns.Table(w, "groups-table", ["Config", "Dataset", "Runs", .. metrics.Select(Html.Encode)], groups.Select(g =>
            (string[])[
                Html.Encode(g.Group.ConfigKey),
                Html.Encode(g.Group.Dataset),
                HtmlRuns.Count(g.Group.RunIds.Length),
                .. metrics.Select(m => g.Metrics.FirstOrDefault(s => s.Metric == m) is { } s ? Cell(s) : "—"),
            ]));
        w.Line("</section>");
    }

    public static void WriteSamples(HtmlWriter w, RunSet runs)
    {
        var shown = runs.Runs.SelectMany(r => r.Samples.Take(HtmlRuns.SamplesPerRun).Select(s => (Run: r.Id, Sample: s))).Take(HtmlRuns.MaxSamples).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        int total = runs.Runs.Sum(r => r.Samples.Length);
        w.Line("<section id=\"samples\">");
        w.Line("<h2>Samples</h2>");
        w.Line(
            $"<p class=\"note\">{Count(shown.Count)} of {Count(total)} logged samples (at most {Count(HtmlRuns.SamplesPerRun)} per run); outputs are cut at "
            + $"{Count(HtmlRuns.MaxOutput)} characters.</p>");
        HtmlRuns.Table(w, "samples-table", ["Run", "Prompt", "#", "Output", "Expected", "Correct"], shown.Select(x =>
            new[]
            {
                Html.Encode(x.Run),
                Html.Encode(x.Sample.PromptId),
                HtmlRuns.Count(x.Sample.Index),
                $"<td><pre>{Html.Encode(Cut(x.Sample.Output))}</pre></td>",
                Html.Encode(Cut(x.Sample.Expected ?? x.Sample.Expect ?? "—")),
                x.Sample.Correct is bool c ? (c ? "yes" : "no") : "—",
            }));
        w.Line("</section>");
    }

    public static void WriteDiagnostics(HtmlWriter w, RunSet runs)
    {
        if (runs.Diagnostics.IsEmpty)
        {
            return;
        }

        w.Line("<section id=\"diagnostics\">");
        w.Line("<h2>Ingest diagnostics</h2>");
        HtmlRuns.Table(w, "diagnostics-table", ["Code", "File", "Line", "Message"], runs.Diagnostics.Select(d =>
            new[]
            {
                $"<td class=\"mono\">{Html.Encode(d.Code)}</td>",
                Html.Encode(d.Path),
                d.Line is long line ? $"<td class=\"num\" data-key=\"{Count(line)}\">{Count(line)}</td>" : "—",
                Html.Encode(d.Message),
            }));
        w.Line("</section>");
    }

    private static string Cell(GroupMetricStats s)
    {
        string main = s.N < 2 ? Numbers.Format(s.Mean) : $"{Numbers.Format(s.Mean)} ± {Numbers.Format(s.Sd)}";
        string detail = $"n = {Count(s.N)}" + (s.Ci95.IsDefined ? $", CI [{Numbers.Format(s.Ci95.Low)}, {Numbers.Format(s.Ci95.High)}]" : string.Empty);
        string key = double.IsFinite(s.Mean) ? s.Mean.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
        return $"<td class=\"stat\" data-key=\"{key}\">{Html.Encode(main)}<br><small>{Html.Encode(detail)}</small></td>";
    }

    private static string Cut(string text) => text.Length <= HtmlRuns.MaxOutput ? text : text[..HtmlRuns.MaxOutput] + "…";

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
