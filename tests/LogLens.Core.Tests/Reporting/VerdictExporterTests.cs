using System.Text.Json;
using LogLens.Core.Findings;
using LogLens.Core.Reporting;
using LogLens.Core.Reporting.Exporters;
using LogLens.Core.Tests.Reporting.Baselines;

namespace LogLens.Core.Tests.Reporting;

public sealed class VerdictExporterTests
{
    [Fact]
    public void The_verdict_line_matches_the_golden_file()
    {
        string actual = ExporterRun.Write(VerdictExporter.Default, SampleResult.Create());

        Assert.Equal(Golden.Expected("verdict.json", actual), actual);
    }

    [Fact]
    public void The_verdict_is_one_line()
    {
        string line = ExporterRun.Write(VerdictExporter.Default, SampleResult.Create());

        Assert.Equal(1, line.Count(c => c == '\n'));
        Assert.EndsWith("}\n", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verdict_fields_say_what_findings_json_says_under_the_same_names()
    {
        using JsonDocument findings = JsonDocument.Parse(ExporterRun.Write(JsonExporter.Default, SampleResult.Create()));
        using JsonDocument line = Parse(VerdictExporter.Default);

        JsonElement verdict = findings.RootElement.GetProperty("verdict");
        foreach (string name in new[] { "kind", "stopTuning", "yes", "headline", "brokenRuns", "missing" })
        {
            Assert.Equal(verdict.GetProperty(name).GetRawText(), line.RootElement.GetProperty(name).GetRawText());
        }

        Assert.Equal(
            verdict.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("question").GetString(), c.GetProperty("answer").GetString())),
            line.RootElement.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("question").GetString(), c.GetProperty("answer").GetString())));
    }

    [Theory]
    [InlineData(Severity.Error, "error", 0)]
    [InlineData(Severity.Warning, "warning", 1)]
    [InlineData(null, "never", 0)]
    public void Exit_is_the_code_analyze_returns_for_the_fail_on_threshold(Severity? failOn, string name, int exit)
    {
        using JsonDocument line = Parse(new Report(SampleResult.Create()) { FailOn = failOn });

        Assert.Equal((exit, name), (line.RootElement.GetProperty("exit").GetInt32(), line.RootElement.GetProperty("failOn").GetString()));
    }

    [Fact]
    public void With_a_baseline_the_line_counts_new_persisting_and_resolved_findings()
    {
        using JsonDocument line = Parse(new Report(SampleResult.Create()) { Baseline = SampleBaseline.Compare() });

        JsonElement baseline = line.RootElement.GetProperty("baseline");
        Assert.Equal((2, 1, 2), (baseline.GetProperty("new").GetInt32(), baseline.GetProperty("persisting").GetInt32(), baseline.GetProperty("resolved").GetInt32()));
    }

    [Fact]
    public void Verdict_is_a_registered_format_writing_verdict_json() =>
        Assert.Contains(DefaultExporters.All, e => e.Name == "verdict" && e.FileName == "verdict.json");

    private static JsonDocument Parse(IExporter exporter) => JsonDocument.Parse(ExporterRun.Write(exporter, SampleResult.Create()));

    private static JsonDocument Parse(Report report) => JsonDocument.Parse(ExporterRun.Write(VerdictExporter.Default, report));
}
