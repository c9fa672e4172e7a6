using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Plots;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting;

public sealed partial class HtmlExporterTests
{
    /// <summary>The 8-byte PNG signature plus a few bytes: enough for the exporter to embed it.</summary>
    private static readonly byte[] FakePng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private static readonly HtmlExporter Exporter = HtmlExporter.Default;

    [Fact]
    public void No_hostile_payload_appears_unescaped()
    {
        string html = ExporterRun.Write(Exporter, WithImages(HostileResult.Create()));

        foreach (string payload in HostileResult.Payloads)
        {
            Assert.DoesNotContain(payload, html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&#39;&gt;&lt;svg onload=window.__pwned=3&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_only_elements_in_the_page_are_the_ones_the_exporter_writes()
    {
        string html = ExporterRun.Write(Exporter, WithImages(HostileResult.Create()));

        var tags = TagRegex().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet();

        Assert.Subset(AllowedTags.ToHashSet(), tags);
        Assert.Single(ScriptRegex().Matches(html));
        Assert.DoesNotContain(Attributes(html), a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Sample_outputs_params_and_metric_names_are_in_the_report_as_text()
    {
        string html = ExporterRun.Write(HtmlExporter.Default, HostileResult.Create());

        Assert.Contains("output &lt;/style&gt;&lt;script&gt;window.__pwned=4&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("note&quot;&gt;&lt;img src=x", html, StringComparison.Ordinal);
        Assert.Contains("eval/acc&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_writes_of_the_same_analysis_are_byte_identical()
    {
        string first = ExporterRun.Write(Exporter, WithImages(SampleResult.Create()));
        string second = ExporterRun.Write(Exporter, WithImages(SampleResult.Create()));

        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
    }

    [Fact]
    public void Every_src_and_href_stays_inside_the_file()
    {
        string html = ExporterRun.Write(Exporter, WithImages(HostileResult.Create())) + ExporterRun.Write(Exporter, WithImages(SampleResult.Create()));

        var references = ReferenceRegex().Matches(html).Select(m => m.Groups[2].Value).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(r.StartsWith('#') || r.StartsWith("data:image/png;base64,", StringComparison.Ordinal), r));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_content_security_policy_allows_exactly_the_inline_script()
    {
        string html = ExporterRun.Write(HtmlExporter.Default, SampleResult.Create());
        string script = ScriptRegex().Match(html).Groups[1].Value;
        string hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlExporter.ContentSecurityPolicy}\">", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; img-src data:; style-src 'unsafe-inline'; ", HtmlExporter.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains($"script-src 'sha256-{hash}'", HtmlExporter.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < html.IndexOf("<style>", StringComparison.Ordinal));
    }

    [Fact]
    public void Plots_are_embedded_as_png_data_urls_when_an_image_source_is_given()
    {
        string html = ExporterRun.Write(Exporter, WithImages(SampleResult.Create()));

        Assert.Contains("<img src=\"data:image/png;base64," + Convert.ToBase64String(FakePng) + "\" alt=\"LL601 SeedNoiseDominates\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"placeholder\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_image_source_each_plot_is_a_captioned_placeholder()
    {
        string html = ExporterRun.Write(HtmlExporter.Default, SampleResult.Create());

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("see <span class=\"mono\">plots/LL601-digits-eval-accuracy.png</span>", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>LL601 SeedNoiseDominates</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_a_png_are_not_embedded()
    {
        string html = ExporterRun.Write(Exporter, WithImages(SampleResult.Create(), Encoding.UTF8.GetBytes("<svg onload=alert(1)>")));

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("class=\"placeholder\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plot_the_report_carries_no_image_for_is_a_placeholder_naming_its_file()
    {
        AnalysisResult result = SampleResult.Create();
        PlotSpec missing = result.AllPlots.First();
        Report report = WithImages(result);
        string html = ExporterRun.Write(Exporter, report with { Images = report.Images.Remove(missing.Name) });

        Assert.Contains($"see <span class=\"mono\">{AnalysisResult.PlotPath(missing)}</span>", html, StringComparison.Ordinal);
        Assert.Equal(result.AllPlots.Count() - 1, result.AllPlots.Count(p => html.Contains($"alt=\"{Html.Encode(p.Title)}\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_finding_has_a_section_with_evidence_and_the_explanation_from_its_page()
    {
        AnalysisResult result = SampleResult.Create();
        string html = ExporterRun.Write(HtmlExporter.Default, result);

        for (int i = 1; i <= result.Findings.Length; i++)
        {
            Assert.Single(Regex.Matches(html, $"<article class=\"finding( top)?\" id=\"f-{i}\">"));
        }

        Assert.Contains("<dt>How it is computed</dt><dd class=\"method\">Per business metric and dataset, one value per run", html, StringComparison.Ordinal);
        Assert.Contains("the same in every command (docs/methods.md): a one-way random-effects ANOVA over configs", html, StringComparison.Ordinal);
        Assert.Contains("<dt>What to do instead of tuning, in full</dt><dd class=\"method\">Stop comparing these configs", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"mono\">icc_ci</td><td class=\"num\">[0.02, 0.55]</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_opens_with_what_to_do_the_top_findings_in_full_with_their_plots_before_the_checklist()
    {
        AnalysisResult result = SampleResult.Create();
        string html = ExporterRun.Write(Exporter, WithImages(result));
        List<Finding> top = [.. FindingRollup.Top(result.Findings, 3)];

        int readFirst = html.IndexOf("<section id=\"read-first\">", StringComparison.Ordinal);
        int checklist = html.IndexOf("<section id=\"checklist\">", StringComparison.Ordinal);
        Assert.InRange(readFirst, 0, checklist);
        string section = html[readFirst..html.IndexOf("</section>", readFirst, StringComparison.Ordinal)];
        Assert.NotEmpty(top);
        Assert.Equal(top.Count, Regex.Count(section, "<article class=\"finding top\""));
        foreach (Finding f in top)
        {
            Assert.Contains($"id=\"f-{result.Findings.IndexOf(f) + 1}\"", section, StringComparison.Ordinal);
            Assert.Contains(Html.Encode(f.Descriptor.Remedy), section, StringComparison.Ordinal);
            Assert.All(f.Plots, p => Assert.Contains($"alt=\"{Html.Encode(p.Title)}\"", section, StringComparison.Ordinal));
        }

        Assert.Equal(top.Count, Regex.Count(html, "shown in full under <a href=\"#f-"));
    }

    [Fact]
    public void Each_question_heading_counts_its_findings_and_folds_beyond_three()
    {
        AnalysisResult sample = SampleResult.Create();
        var many = Enumerable.Range(0, 10).Select(i => Finding.Create(FindingCatalog.SeedNoiseDominates,
            new Subject(Dataset: "d" + i.ToString(CultureInfo.InvariantCulture)), "m", null));
        var infos = Enumerable.Range(0, 2).Select(i => Finding.Create(FindingCatalog.Underpowered,
            new Subject(Dataset: "e" + i.ToString(CultureInfo.InvariantCulture)), "m", null));
        AnalysisResult result = sample with { Findings = [.. Analyzer.Sort([.. many, .. infos])] };

        string html = ExporterRun.Write(Exporter, new Report(result));

        Assert.Contains("<span class=\"count\">12 findings: 10 warnings, 2 info</span>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"question empty\" id=\"q-data\"><b>Can more data fix it?</b>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"more\"><summary>Show 9 more findings of this question</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Show the table of all 12 findings</summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lists_are_not_folded()
    {
        AnalysisResult sample = SampleResult.Create();
        var four = Enumerable.Range(0, 4).Select(i => Finding.Create(FindingCatalog.SeedNoiseDominates,
            new Subject(Dataset: "d" + i.ToString(CultureInfo.InvariantCulture)), "m", null));
        string html = ExporterRun.Write(Exporter, new Report(sample with { Findings = [.. Analyzer.Sort(four)], OverviewPlots = [] }));

        Assert.DoesNotContain("<details class=\"more\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Show the table of all", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verdict_headline_and_all_five_checklist_questions_are_shown()
    {
        AnalysisResult result = SampleResult.Create();
        string html = ExporterRun.Write(HtmlExporter.Default, result);

        Assert.Contains(Html.Encode(result.Verdict.Headline), html, StringComparison.Ordinal);
        foreach (string question in new[] { "data", "evaluation", "system", "retrieval", "uninterpretable" })
        {
            Assert.Matches($"<(section|p) class=\"question( empty)?\" id=\"q-{question}\">", html);
        }
    }

    [Fact]
    public void Sortable_tables_have_plain_headers_so_they_read_without_javascript()
    {
        string html = ExporterRun.Write(HtmlExporter.Default, SampleResult.Create());

        Assert.Contains("<table class=\"sortable\" id=\"findings-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th>#</th><th>Severity</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("nul\0bell\a", "nulbell")]
    [InlineData("汉字 🙂", "汉字 🙂")]
    public void Encode_makes_text_inert_and_keeps_unicode(string text, string expected)
    {
        Assert.Equal(expected, Html.Encode(text));
    }

    [Fact]
    public void Encode_replaces_an_unpaired_surrogate()
    {
        Assert.Equal("lone \uFFFD surrogate", Html.Encode("lone " + (char)0xD800 + " surrogate"));
    }

    private static readonly string[] AllowedTags =
    [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "ul", "li", "a", "main",
        "section", "table", "thead", "tbody", "tr", "th", "td", "span", "div", "b", "br", "small", "article", "figure", "img", "figcaption",
        "dl", "dt", "dd", "pre", "footer", "script", "details", "summary",
    ];

    [GeneratedRegex("<(!?[a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex TagRegex();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptRegex();

    /// <summary>Every start tag must be well formed with double-quoted values; returns all attribute names.</summary>
    private static List<string> Attributes(string html)
    {
        var names = new List<string>();
        foreach (Match start in StartTagRegex().Matches(html))
        {
            Match tag = StrictTagRegex().Match(html, start.Index);
            Assert.True(tag.Success && tag.Index == start.Index, $"malformed tag at {html.AsSpan(start.Index, Math.Min(80, html.Length - start.Index))}");
            names.AddRange(tag.Groups[1].Captures.Select(c => c.Value));
        }

        return names;
    }

    [GeneratedRegex("<[a-zA-Z]")]
    private static partial Regex StartTagRegex();

    [GeneratedRegex("\\G<[a-zA-Z][a-zA-Z0-9]*(?:\\s+([a-zA-Z-]+)(?:=\"[^\"<>]*\")?)*\\s*>")]
    private static partial Regex StrictTagRegex();

    [GeneratedRegex(@"\b(src|href|action|formaction|srcset|poster)\s*=\s*""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceRegex();

    /// <summary>The report with every plot's image set to <paramref name="png"/> (by default a fake PNG).</summary>
    internal static Report WithImages(AnalysisResult result, byte[]? png = null) =>
        new(result) { Images = result.AllPlots.Select(p => p.Name).Distinct().ToImmutableDictionary(n => n, _ => png ?? FakePng) };
}
