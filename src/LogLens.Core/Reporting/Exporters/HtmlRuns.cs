using System.Globalization;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Model;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>report.html's input summary and its run, parameter, config-group, sample and diagnostic tables.</summary>
internal static class HtmlRuns
{
    /// <summary>Samples shown per run, and in all; outputs longer than <see cref="MaxOutput"/> characters are cut.</summary>
    internal const int SamplesPerRun = 3, MaxSamples = 60, MaxOutput = 400;

    /// <summary>Tables longer than this are folded behind a summary line (click to open; printing opens them).</summary>
    internal const int RowsShown = 20;

    public static void Write(HtmlWriter w, AnalysisResult result)
    {
        RunSet runs = result.Runs;
        WriteInput(w, result);
        w.Line("<section id=\"runs\">");
        w.Line("<h2>Runs</h2>");
        Table(w, "runs-table", ["Run", "Dataset", "Seed", "Config", "Formats", "Series", "Scores", "Samples"], runs.Runs.Select(run =>
        {
            RunKey key = runs.Keys[run.Id];
            return new[]
            {
                Html.Encode(run.Id), Html.Encode(key.Dataset), Html.Encode(key.Seed ?? "—"), Html.Encode(key.ConfigKey),
                Html.Encode(string.Join(", ", run.Formats)), Count(run.Series.Length), Count(run.Scores.Length), Count(run.Samples.Length),
            };
        }));
        w.Line("</section>");
        WriteParameters(w, runs);
        HtmlGroups.Write(w, runs);
        HtmlGroups.WriteSamples(w, runs);
        HtmlGroups.WriteDiagnostics(w, runs);
    }

    /// <summary>A sortable table from header texts (constants or already encoded) and encoded cells.</summary>
    internal static void Table(HtmlWriter w, string id, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        List<string[]> all = [.. rows];
        bool fold = all.Count > RowsShown;
        if (fold)
        {
            w.Line($"<details><summary>Show the table ({all.Count.ToString(CultureInfo.InvariantCulture)} rows)</summary>");
        }

        w.Line("<div class=\"scroll\">");
        w.Line($"<table class=\"sortable\" id=\"{id}\">");
        w.Line("<thead><tr>" + string.Concat(headers.Select(h => $"<th>{h}</th>")) + "</tr></thead>");
        w.Line("<tbody>");
        foreach (string[] row in all)
        {
            w.Line("<tr>" + string.Concat(row.Select(c => c.StartsWith("<td", StringComparison.Ordinal) ? c : $"<td>{c}</td>")) + "</tr>");
        }

        w.Line("</tbody>");
        w.Line("</table>");
        w.Line("</div>");
        if (fold)
        {
            w.Line("</details>");
        }
    }

    /// <summary>A right-aligned numeric cell that sorts by value.</summary>
    internal static string Count(int value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        return $"<td class=\"num\" data-key=\"{text}\">{text}</td>";
    }

    private static void WriteInput(HtmlWriter w, AnalysisResult result)
    {
        RunSet runs = result.Runs;
        w.Line("<section id=\"input\">");
        w.Line("<h2>Input</h2>");
        w.Line("<table class=\"input\">");
        w.Line("<tbody>");
        Row(w, "Paths", Html.Encode(string.Join(", ", result.Paths)));
        Row(w, "Runs", Html.Encode(runs.Runs.Length.ToString(CultureInfo.InvariantCulture)));
        Row(w, "Configs", Html.Encode(runs.Keys.Values.Select(k => k.ConfigKey).Distinct().Count().ToString(CultureInfo.InvariantCulture)));
        Row(w, "Datasets", runs.Datasets.IsEmpty ? "—" : Html.Encode(string.Join(", ", runs.Datasets)));
        Row(w, "Formats", Html.Encode(string.Join(", ", MarkdownExporter.Formats(runs).Select(f => $"{f.Key} ({f.Value})"))));
        Row(w, "Metrics", Html.Encode(string.Join(", ", runs.Metrics.Values.Where(m => m.Role != MetricRole.Other).Select(Describe))));
        Row(w, "Ingest diagnostics", Html.Encode(runs.Diagnostics.Length.ToString(CultureInfo.InvariantCulture)));
        w.Line("</tbody>");
        w.Line("</table>");
        w.Line("</section>");
    }

    private static void WriteParameters(HtmlWriter w, RunSet runs)
    {
        w.Line("<section id=\"parameters\">");
        w.Line("<h2>Parameters</h2>");
        var keys = runs.Runs.SelectMany(r => r.Params.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            w.Line("<p class=\"empty\">No run logged parameters.</p>");
        }
        else
        {
            Table(w, "parameters-table", ["Run", .. keys.Select(Html.Encode)], runs.Runs.Select(run =>
                (string[])[Html.Encode(run.Id), .. keys.Select(k => run.Params.TryGetValue(k, out string? v) ? Html.Encode(v) : "—")]));
        }

        w.Line("</section>");
    }

    private static void Row(HtmlWriter w, string header, string encodedValue) =>
        w.Line($"<tr><th scope=\"row\">{header}</th><td>{encodedValue}</td></tr>");

    private static string Describe(MetricDefinition m) =>
        $"{m.Name} ({m.Role.ToString().ToLowerInvariant()}, {(m.HigherIsBetter ? "higher" : "lower")} is better{(m.Assumed ? ", assumed" : string.Empty)})";
}
