using LogLens.Core.Detection.Detectors;
using LogLens.Core.Findings;

namespace LogLens.Core.Tests.Detection.Detectors;

/// <summary>LL001, LL002 and LL005 (ingest diagnostics as findings) on their scenario fixtures and the clean twin.</summary>
public sealed class IngestDiagnosticsDetectorTests
{
    [Theory]
    [InlineData("logs-unreadable", "LL001")]
    [InlineData("logs-partial", "LL002")]
    [InlineData("logs-resumed", "LL005")]
    public void A_damaged_file_in_its_scenario_is_one_finding_naming_the_file(string scenario, string code)
    {
        Finding finding = Assert.Single(Scenarios.Detect(IngestDiagnosticsDetector.Default, scenario));
        Assert.Equal((code, $"{code}:path=lr-1e-4/seed-2/metrics.jsonl"), (finding.Code, finding.Id));
    }

    [Fact]
    public void The_logs_clean_scenario_gets_none() =>
        Assert.Empty(Scenarios.Detect(IngestDiagnosticsDetector.Default, "logs-clean"));
}
