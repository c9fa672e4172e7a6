using System.Text.Json;
using LogLens.Core.Analysis;
using LogLens.Core.Detection;
using LogLens.Core.Findings;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting;

public sealed class SarifExporterTests
{
    [Fact]
    public void The_log_declares_sarif_2_1_0_and_its_schema()
    {
        using JsonDocument doc = Parse(SampleResult.Create());

        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(SarifExporter.SchemaUri, doc.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void The_driver_names_the_tool_and_lists_the_whole_catalog_as_rules()
    {
        using JsonDocument doc = Parse(SampleResult.Create());
        JsonElement driver = Run(doc).GetProperty("tool").GetProperty("driver");

        Assert.Equal("loglens", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(FindingCatalog.All.Select(d => d.Code), driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void Every_rule_has_descriptions_help_and_a_default_level()
    {
        using JsonDocument doc = Parse(SampleResult.Create());
        JsonElement[] rules = [.. Run(doc).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()];

        for (int i = 0; i < rules.Length; i++)
        {
            FindingDescriptor d = FindingCatalog.All[i];
            Assert.Equal(d.Name, rules[i].GetProperty("name").GetString());
            Assert.Equal(d.Summary, rules[i].GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(FindingPages.PlainText(FindingPages.Section(d.Code, FindingPages.Meaning)), rules[i].GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(d.Remedy, rules[i].GetProperty("help").GetProperty("text").GetString());
            Assert.True(Uri.IsWellFormedUriString(rules[i].GetProperty("helpUri").GetString(), UriKind.Absolute));
            Assert.EndsWith($"/blob/main/docs/findings/{d.Code}.md", rules[i].GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.Contains(rules[i].GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }
    }

    [Fact]
    public void Every_result_points_at_its_rule_and_carries_level_message_and_fingerprint()
    {
        AnalysisResult result = SampleResult.Create();
        using JsonDocument doc = Parse(result);
        JsonElement run = Run(doc);
        JsonElement[] rules = [.. run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()];
        JsonElement[] results = [.. run.GetProperty("results").EnumerateArray()];

        Assert.Equal(result.Findings.Length, results.Length);
        for (int i = 0; i < results.Length; i++)
        {
            Finding f = result.Findings[i];
            JsonElement r = results[i];
            Assert.Equal(f.Code, r.GetProperty("ruleId").GetString());
            Assert.Equal(f.Code, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(SarifExporter.Level(f.Severity), r.GetProperty("level").GetString());
            Assert.Equal(f.Message, r.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(f.Id, r.GetProperty("partialFingerprints").GetProperty(SarifExporter.FingerprintKey).GetString());
        }
    }

    [Fact]
    public void Severities_map_to_sarif_levels()
    {
        Assert.Equal("error", SarifExporter.Level(Severity.Error));
        Assert.Equal("warning", SarifExporter.Level(Severity.Warning));
        Assert.Equal("note", SarifExporter.Level(Severity.Info));
    }

    [Fact]
    public void The_subject_becomes_logical_locations_with_kinds()
    {
        using JsonDocument doc = Parse(SampleResult.Create());
        JsonElement ll301 = Results(doc).Single(r => r.GetProperty("ruleId").GetString() == "LL301");
        JsonElement[] locations = [.. ll301.GetProperty("locations")[0].GetProperty("logicalLocations").EnumerateArray()];

        Assert.Equal(["run", "metric"], locations.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(SampleResult.HostileRun, locations[0].GetProperty("name").GetString());
        Assert.Equal("metric=eval/accuracy", locations[1].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Evidence_is_kept_in_the_result_properties_with_non_finite_values_as_null()
    {
        using JsonDocument doc = Parse(SampleResult.Create());
        JsonElement evidence = Results(doc).Single(r => r.GetProperty("ruleId").GetString() == "LL601").GetProperty("properties").GetProperty("evidence");

        Assert.Equal(0.2143, evidence.GetProperty("icc").GetDouble());
        Assert.Equal(2, evidence.GetProperty("icc_ci").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("q").ValueKind);
        Assert.True(evidence.GetProperty("exact").GetBoolean());
    }

    [Fact]
    public void Fingerprints_are_the_same_across_two_analyses()
    {
        using JsonDocument first = Parse(SampleResult.Create());
        using JsonDocument second = Parse(SampleResult.Create());

        Assert.Equal(Fingerprints(first), Fingerprints(second));
        Assert.Equal(Fingerprints(first).Count, Fingerprints(first).Distinct().Count());
    }

    [Fact]
    public void A_fingerprint_depends_only_on_code_and_subject_not_on_message_or_evidence()
    {
        var subject = new Subject(Metric: "eval/accuracy", Dataset: "digits");
        Finding a = Finding.Create(FindingCatalog.SeedNoiseDominates, subject, "ICC 0.21", Evidence.Of(("icc", 0.21)));
        Finding b = Finding.Create(FindingCatalog.SeedNoiseDominates, subject, "ICC 0.35 after new seeds", Evidence.Of(("icc", 0.35)));

        Assert.Equal(Fingerprint(a), Fingerprint(b));
        Assert.NotEqual(Fingerprint(a), Fingerprint(Finding.Create(FindingCatalog.SeedNoiseDominates, subject with { Dataset = "wine" }, "ICC 0.21")));
    }

    [Fact]
    public void The_log_is_byte_identical_across_two_analyses()
    {
        Assert.Equal(ExporterRun.Write(SarifExporter.Default, SampleResult.Create()), ExporterRun.Write(SarifExporter.Default, SampleResult.Create()));
    }

    [Fact]
    public void A_file_subject_gets_a_percent_encoded_relative_artifact_uri()
    {
        Finding f = Finding.Create(FindingCatalog.UnreadableFile, new Subject(Path: "runs/a b/../x?y#z/metrics.jsonl"), "unreadable");
        using JsonDocument doc = JsonDocument.Parse(ExporterRun.Write(SarifExporter.Default, SampleResult.Create() with { Findings = [f] }));
        string? uri = Results(doc).Single().GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

        Assert.Equal("runs/a%20b/../x%3Fy%23z/metrics.jsonl", uri);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative));
    }

    private static string? Fingerprint(Finding finding)
    {
        using JsonDocument doc = JsonDocument.Parse(ExporterRun.Write(SarifExporter.Default, SampleResult.Create() with { Findings = [finding] }));
        return Results(doc).Single().GetProperty("partialFingerprints").GetProperty(SarifExporter.FingerprintKey).GetString();
    }

    private static List<string?> Fingerprints(JsonDocument doc) =>
        [.. Results(doc).Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifExporter.FingerprintKey).GetString())];

    private static JsonDocument Parse(AnalysisResult result) => JsonDocument.Parse(ExporterRun.Write(SarifExporter.Default, result));

    private static JsonElement Run(JsonDocument doc) => doc.RootElement.GetProperty("runs")[0];

    private static IEnumerable<JsonElement> Results(JsonDocument doc) => Run(doc).GetProperty("results").EnumerateArray();
}
