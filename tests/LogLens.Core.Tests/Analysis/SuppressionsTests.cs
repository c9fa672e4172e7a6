using System.Collections.Immutable;
using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Configuration;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Model;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;
using LogLens.Core.Tests.Detection;
using LogLens.Core.Tests.Ingest;
using LogLens.Core.Verdicts;

namespace LogLens.Core.Tests.Analysis;

/// <summary>loglens.yaml <c>suppress:</c> entries, applied as a linter applies its disable comments.</summary>
public sealed class SuppressionsTests
{
    /// <summary>One diverged run (LL102, an error that makes the verdict "fix training first").</summary>
    private static RunSet Diverged(ImmutableArray<Suppression> suppressions)
    {
        double[] loss = [.. Enumerable.Range(0, 60).Select(t => t < 30 ? 2.0 - (0.03 * t) : 1.1 + (0.5 * (t - 30)))];
        return EvalRunSets.Set([EvalRunSets.Run("run-a", [("lr", "1e-3")], [EvalRunSets.Series("train/loss", loss)])], LogLensConfig.Default with { Suppressions = suppressions });
    }

    private static AnalysisResult Analyze(params Suppression[] suppressions) => Analyzer.Analyze(Diverged([.. suppressions]), new AnalysisOptions(Resamples: 100));

    [Fact]
    public void The_run_really_diverges_without_a_suppression()
    {
        AnalysisResult result = Analyze();
        Assert.Contains(result.Findings, f => f.Code == "LL102");
        Assert.Equal(VerdictKind.FixTrainingFirst, result.Verdict.Kind);
    }

    [Fact]
    public void A_suppressed_code_leaves_the_findings_and_the_verdict_and_is_listed_with_its_reason()
    {
        AnalysisResult result = Analyze(new Suppression("LL102", null, "a planned learning-rate stress test", 7));

        Assert.DoesNotContain(result.Findings, f => f.Code == "LL102");
        SuppressedFinding suppressed = Assert.Single(result.Suppressed);
        Assert.Equal(("LL102", "a planned learning-rate stress test"), (suppressed.Finding.Code, suppressed.By.Reason));
        Assert.NotEqual(VerdictKind.FixTrainingFirst, result.Verdict.Kind);
        Assert.DoesNotContain(result.Findings, f => f.Code == "LL009");
    }

    [Fact]
    public void An_entry_by_id_suppresses_that_finding_only()
    {
        string id = Assert.Single(Analyze().Findings, f => f.Code == "LL102").Id;
        AnalysisResult result = Analyze(new Suppression(null, id, "known", 3));
        Assert.Equal(id, Assert.Single(result.Suppressed).Finding.Id);
    }

    [Fact]
    public void An_entry_that_suppresses_nothing_is_an_LL009_warning_naming_its_line()
    {
        AnalysisResult result = Analyze(new Suppression("LL502", null, "no RAG here", 14));
        Finding unused = Assert.Single(result.Findings, f => f.Code == "LL009");
        Assert.Equal(Severity.Warning, unused.Severity);
        Assert.Contains("line 14", unused.Message, StringComparison.Ordinal);
        Assert.Contains("code LL502", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_json_and_sarif_carry_the_suppression()
    {
        AnalysisResult result = Analyze(new Suppression("LL102", null, "stress test", 7));
        using var json = new StringWriter();
        JsonExporter.Default.Write(new Report(result), json);
        using var sarif = new StringWriter();
        SarifExporter.Default.Write(new Report(result), sarif);

        using JsonDocument findings = JsonDocument.Parse(json.ToString());
        JsonElement entry = findings.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "LL102");
        Assert.Equal("suppressed", entry.GetProperty("status").GetString());
        Assert.Equal("stress test", entry.GetProperty("suppression").GetProperty("reason").GetString());

        using JsonDocument log = JsonDocument.Parse(sarif.ToString());
        JsonElement sarifResult = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "LL102");
        JsonElement suppression = Assert.Single(sarifResult.GetProperty("suppressions").EnumerateArray());
        Assert.Equal(("external", "stress test"), (suppression.GetProperty("kind").GetString(), suppression.GetProperty("justification").GetString()));
    }

    [Fact]
    public void Report_md_ends_with_the_suppressed_findings_and_their_reasons()
    {
        AnalysisResult result = Analyze(new Suppression("LL102", null, "stress test", 7));
        using var md = new StringWriter();
        MarkdownExporter.Default.Write(new Report(result), md);
        string text = md.ToString();
        Assert.Contains("## Suppressed (1)", text, StringComparison.Ordinal);
        Assert.Contains("| stress test | line 7 |", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suppress:\n  - code: LL102\n", "needs a reason", 2)]
    [InlineData("suppress:\n  - code: LL102\n    id: LL102:run=a\n    reason: x\n", "either a code or a finding id", 2)]
    [InlineData("suppress:\n  - code: LL999\n    reason: x\n", "unknown finding code 'LL999'", 2)]
    [InlineData("suppress: LL102\n", "must be a list", 1)]
    public void A_malformed_entry_is_a_config_error_with_its_line(string yaml, string message, long line)
    {
        using var dir = new TempFolder();
        string path = dir.Write("loglens.yaml", yaml);
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(path));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void Entries_load_in_file_order_with_their_lines()
    {
        using var dir = new TempFolder();
        string path = dir.Write("loglens.yaml", "suppress:\n  - code: ll304\n    reason: we pick by accuracy\n  - id: \"LL601:metric=acc\"\n    reason: known\n");
        LogLensConfig config = LogLensConfigLoader.Load(path);
        Assert.Equal([new Suppression("LL304", null, "we pick by accuracy", 2), new Suppression(null, "LL601:metric=acc", "known", 4)], config.Suppressions.ToArray());
    }
}
