using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;
using LogLens.Core.Reporting.Exporters;

namespace LogLens.Core.Tests.Reporting.Baselines;

public sealed class BaselineReaderTests
{
    [Fact]
    public void A_findings_json_written_by_the_json_exporter_reads_back_with_the_same_ids_and_fields()
    {
        string path = Write(ExporterRun.Write(JsonExporter.Default, SampleResult.Create()));

        Baseline baseline = BaselineReader.Read(path);

        Assert.Equal(SampleResult.Create().Findings.Select(f => f.Id), baseline.Findings.Select(f => f.Id));
        BaselineFinding noise = baseline.Findings.Single(f => f.Code == "LL601");
        Assert.Equal(("SeedNoiseDominates", Severity.Warning, "digits"), (noise.Name, noise.Severity, noise.Subject.Dataset));
        Assert.Equal(path, baseline.Path);
    }

    [Fact]
    public void A_missing_file_is_a_baseline_error_naming_the_path()
    {
        string path = Path.Combine(Path.GetTempPath(), "loglens-missing-" + Guid.NewGuid().ToString("N"), "findings.json");

        var e = Assert.Throws<BaselineException>(() => BaselineReader.Read(path));

        Assert.Contains("baseline not found: " + path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schema\": \"loglens.findings/v1\", \"findings\": [", "not valid JSON")]
    [InlineData("[1, 2]", "top level is not an object")]
    [InlineData("{\"schema\": \"loglens.compare/v1\", \"findings\": []}", "schema is 'loglens.compare/v1'")]
    [InlineData("{\"findings\": []}", "schema is missing")]
    [InlineData("{\"schema\": \"loglens.findings/v1\"}", "no \"findings\" array")]
    [InlineData("{\"schema\": \"loglens.findings/v1\", \"findings\": [{\"code\": \"LL601\"}]}", "findings[0] has no \"id\"")]
    public void A_file_that_is_not_a_findings_json_is_a_baseline_error_saying_why(string text, string why)
    {
        var e = Assert.Throws<BaselineException>(() => BaselineReader.Read(Write(text)));

        Assert.Contains(why, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_without_a_code_takes_it_from_its_id()
    {
        Baseline baseline = BaselineReader.Read(Write("{\"schema\": \"loglens.findings/v1\", \"findings\": [{\"id\": \"LL602:metric=m\"}]}"));

        Assert.Equal(("LL602", Severity.Info), (baseline.Findings[0].Code, baseline.Findings[0].Severity));
    }

    private static string Write(string text)
    {
        string dir = Path.Combine(Path.GetTempPath(), "loglens-baseline-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "findings.json");
        File.WriteAllText(path, text);
        return path;
    }
}
