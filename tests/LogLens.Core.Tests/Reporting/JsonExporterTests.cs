using System.Text.Json;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting;

public sealed class JsonExporterTests
{
    [Fact]
    public void The_json_matches_the_golden_file()
    {
        string actual = ExporterRun.Write(JsonExporter.Default, SampleResult.Create());

        Assert.Equal(Golden.Expected("findings.json", actual), actual);
    }

    [Fact]
    public void The_json_is_byte_identical_across_two_analyses()
    {
        string first = ExporterRun.Write(JsonExporter.Default, SampleResult.Create());
        string second = ExporterRun.Write(JsonExporter.Default, SampleResult.Create());

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_json_has_every_top_level_field_of_the_v1_schema()
    {
        using JsonDocument doc = Parse();

        string[] names = [.. doc.RootElement.EnumerateObject().Select(p => p.Name)];
        Assert.Equal(["schema", "tool", "input", "verdict", "findings", "groups", "diagnostics"], names);
        Assert.Equal("loglens.findings/v1", doc.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Each_finding_has_the_v1_fields_with_lower_case_enums()
    {
        using JsonDocument doc = Parse();

        JsonElement finding = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("code").GetString() == "LL601");
        Assert.Equal("LL601:metric=eval/accuracy;dataset=digits", finding.GetProperty("id").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("uninterpretable", finding.GetProperty("question").GetString());
        Assert.Equal("digits", finding.GetProperty("subject").GetProperty("dataset").GetString());
        Assert.Equal(0.02, finding.GetProperty("evidence").GetProperty("icc_ci")[0].GetDouble());
        Assert.Equal("plots/LL601-digits-eval-accuracy.png", finding.GetProperty("plots")[0].GetString());
        Assert.Equal("new", finding.GetProperty("status").GetString());
    }

    [Fact]
    public void Non_finite_evidence_is_written_as_null()
    {
        using JsonDocument doc = Parse();

        JsonElement evidence = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("code").GetString() == "LL601").GetProperty("evidence");
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("q").ValueKind);
    }

    [Fact]
    public void Verdict_checks_use_the_lower_case_question_and_answer_words()
    {
        using JsonDocument doc = Parse();

        var checks = doc.RootElement.GetProperty("verdict").GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["data", "evaluation", "system", "retrieval", "uninterpretable"], checks.Select(c => c.GetProperty("question").GetString()));
        Assert.All(checks, c => Assert.Contains(c.GetProperty("answer").GetString(), new[] { "yes", "no", "can't tell" }));
    }

    [Fact]
    public void Groups_carry_config_parameters_and_metric_summaries()
    {
        using JsonDocument doc = Parse();

        JsonElement group = doc.RootElement.GetProperty("groups").EnumerateArray()
            .First(g => g.GetProperty("dataset").GetString() == "digits");
        Assert.Equal(0.0001, group.GetProperty("config").GetProperty("learning_rate").GetDouble());
        JsonElement accuracy = group.GetProperty("metrics").GetProperty("eval/accuracy");
        Assert.Equal(3, accuracy.GetProperty("n").GetInt32());
        Assert.Equal(0.92, accuracy.GetProperty("mean").GetDouble(), 12);
        Assert.Equal(2, accuracy.GetProperty("ci95").GetArrayLength());
    }

    [Fact]
    public void The_tool_version_has_no_commit_suffix()
    {
        using JsonDocument doc = Parse();

        string version = doc.RootElement.GetProperty("tool").GetProperty("version").GetString()!;
        Assert.DoesNotContain("+", version, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
    }

    private static JsonDocument Parse() => JsonDocument.Parse(ExporterRun.Write(JsonExporter.Default, SampleResult.Create()));
}
