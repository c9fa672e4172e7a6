using System.Text.Json;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting.Baselines;

/// <summary>Every output format shows the baseline comparison; without a baseline none of it is written.</summary>
public sealed class BaselineExportTests
{

    [Fact]
    public void Json_marks_each_finding_new_or_persisting()
    {
        using JsonDocument doc = JsonDocument.Parse(Write(JsonExporter.Default));

        var status = doc.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!, f => f.GetProperty("status").GetString());
        Assert.Equal("persisting", status["LL601"]);
        Assert.Equal("new", status["LL301"]);
    }

    [Fact]
    public void Json_lists_the_resolved_findings_and_the_baseline_counts_after_the_findings()
    {
        using JsonDocument doc = JsonDocument.Parse(Write(JsonExporter.Default));

        string[] names = [.. doc.RootElement.EnumerateObject().Select(p => p.Name)];
        Assert.Equal(["schema", "tool", "input", "verdict", "findings", "baseline", "resolved", "groups", "diagnostics"], names);
        JsonElement resolved = doc.RootElement.GetProperty("resolved")[0];
        Assert.Equal(("LL101", "error", "resolved", "<script>alert(1)</script>"), (resolved.GetProperty("code").GetString(), resolved.GetProperty("severity").GetString(), resolved.GetProperty("status").GetString(), resolved.GetProperty("subject").GetProperty("run").GetString()));
        JsonElement counts = doc.RootElement.GetProperty("baseline");
        Assert.Equal((3, 2, 1, 2), (counts.GetProperty("findings").GetInt32(), counts.GetProperty("new").GetInt32(), counts.GetProperty("persisting").GetInt32(), counts.GetProperty("resolved").GetInt32()));
    }

    [Fact]
    public void Json_without_a_baseline_is_unchanged_byte_for_byte() =>
        Assert.Equal(ExporterRun.Write(JsonExporter.Default, SampleResult.Create()), ExporterRun.Write(JsonExporter.Default, new Report(SampleResult.Create()) { Baseline = null }));

    [Fact]
    public void Json_with_a_baseline_is_byte_identical_across_two_analyses() =>
        Assert.Equal(Write(JsonExporter.Default), Write(JsonExporter.Default));

    [Fact]
    public void Sarif_uses_baseline_state_new_unchanged_and_absent_for_resolved_findings()
    {
        using JsonDocument doc = JsonDocument.Parse(Write(SarifExporter.Default));
        JsonElement[] results = [.. doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()];

        var states = results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("baselineState").GetString())).ToList();
        Assert.Contains(("LL601", "unchanged"), states);
        Assert.Contains(("LL301", "new"), states);
        Assert.Contains(("LL101", "absent"), states);
        Assert.Contains(("LL999", "absent"), states);
        Assert.Equal(results.Length, states.Count);
    }

    [Fact]
    public void Sarif_gives_an_absent_result_a_rule_index_only_when_its_code_is_in_the_catalog()
    {
        using JsonDocument doc = JsonDocument.Parse(Write(SarifExporter.Default));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.True(results.Single(r => r.GetProperty("ruleId").GetString() == "LL101").TryGetProperty("ruleIndex", out _));
        Assert.False(results.Single(r => r.GetProperty("ruleId").GetString() == "LL999").TryGetProperty("ruleIndex", out _));
    }

    [Fact]
    public void Sarif_without_a_baseline_has_no_baseline_state() =>
        Assert.DoesNotContain("baselineState", ExporterRun.Write(SarifExporter.Default, SampleResult.Create()), StringComparison.Ordinal);

    [Fact]
    public void Markdown_has_a_since_baseline_section_with_new_and_resolved_findings()
    {
        string md = Write(MarkdownExporter.Default);

        Assert.Contains("**Since baseline:** 2 new, 1 persisting, 2 resolved", md, StringComparison.Ordinal);
        Assert.Contains("## Since baseline", md, StringComparison.Ordinal);
        Assert.Contains("| resolved | error | LL101 | NonFiniteLoss |", md, StringComparison.Ordinal);
        Assert.Contains("| **new** | info | LL003 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_marks_each_finding_in_the_table_and_its_heading()
    {
        string md = Write(MarkdownExporter.Default);

        Assert.Contains("| Message | Since baseline |", md, StringComparison.Ordinal);
        Assert.Contains("LL601 SeedNoiseDominates (warning) — persisting", md, StringComparison.Ordinal);
        Assert.Contains("LL301 ProxyBusinessDivergence (warning) — **new**", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_the_text_of_resolved_findings()
    {
        string md = Write(MarkdownExporter.Default);

        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_shows_a_badge_per_finding_and_a_resolved_table()
    {
        string html = Write(HtmlExporter.Default);

        Assert.Contains("<section id=\"baseline\">", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"resolved\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge base-persisting\">persisting</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge base-new\">new</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_the_text_of_resolved_findings()
    {
        string html = Write(HtmlExporter.Default);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("was &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_embeds_its_images_beside_a_baseline()
    {
        Report report = HtmlExporterTests.WithImages(SampleResult.Create()) with { Baseline = SampleBaseline.Compare() };

        string html = ExporterRun.Write(HtmlExporter.Default, report);

        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("id=\"baseline\"", html, StringComparison.Ordinal);
    }

    private static string Write(IExporter exporter) => ExporterRun.Write(exporter, new Report(SampleResult.Create()) { Baseline = SampleBaseline.Compare() });
}
