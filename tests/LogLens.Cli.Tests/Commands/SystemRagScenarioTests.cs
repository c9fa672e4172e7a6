using System.Text.Json;

namespace LogLens.Cli.Tests.Commands;

/// <summary>The system and RAG scenario folders fire exactly their planted findings (warning and above); clean twins fire none.</summary>
public sealed class SystemRagScenarioTests
{
    [Theory]
    [InlineData("system-flagged", "LL401,LL402,LL403,LL606")]
    [InlineData("system-clean", "")]
    [InlineData("rag-flagged", "LL501,LL502")]
    [InlineData("rag-clean", "")]
    public void A_scenario_fires_exactly_its_planted_findings(string scenario, string expected)
    {
        Assert.Equal(expected, string.Join(",", Codes(scenario, includeInfo: false)));
    }

    [Fact]
    public void The_rag_scenario_also_reports_generation_tuning_without_effect_as_info()
    {
        Assert.Contains("LL503", Codes("rag-flagged", includeInfo: true));
        Assert.DoesNotContain("LL503", Codes("rag-clean", includeInfo: true));
    }

    [Fact]
    public void The_system_scenario_answers_the_system_question_yes()
    {
        string outDir = Cli.TempDir();
        Cli.Run("analyze", Repo.Path("fixtures", "scenarios", "system-flagged"), "--out", outDir, "--no-plots");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
        var system = json.RootElement.GetProperty("verdict").GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("question").GetString() == "system");
        Assert.Equal("yes", system.GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("LL401", "system layer")]
    [InlineData("LL402", "system layer")]
    [InlineData("LL403", "system layer")]
    [InlineData("LL501", "fix retrieval")]
    [InlineData("LL502", "in retrieval")]
    [InlineData("LL503", "Stop tuning temperature")]
    public void Explain_says_what_to_do_instead_of_tuning(string code, string advice)
    {
        var (exit, output, _) = Cli.Run("explain", code);
        Assert.Equal(0, exit);
        Assert.Contains(advice, output, StringComparison.Ordinal);
    }

    private static List<string> Codes(string scenario, bool includeInfo)
    {
        string outDir = Cli.TempDir();
        Cli.Run("analyze", Repo.Path("fixtures", "scenarios", scenario), "--out", outDir, "--no-plots");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => includeInfo || f.GetProperty("severity").GetString() != "info")
            .Select(f => f.GetProperty("code").GetString()!)
            .Distinct().Order(StringComparer.Ordinal)];
    }
}
