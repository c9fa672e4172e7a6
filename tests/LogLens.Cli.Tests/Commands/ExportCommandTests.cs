using System.Text.Json.Nodes;

namespace LogLens.Cli.Tests.Commands;

/// <summary>`loglens export`, and `loglens analyze` on what it wrote: the boundary a fleet-scale job crosses.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string temp = Cli.TempDir();

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private string Export(string input, string name, params string[] extra)
    {
        string output = Path.Combine(temp, name);
        var (exit, _, error) = Cli.Run(["export", input, "--out", output, .. extra]);
        Assert.True(exit == 0, error);
        return output;
    }

    /// <summary>findings.json without its "input" section (paths and formats name the export, by design).</summary>
    private JsonNode Findings(string input, string name, params string[] extra)
    {
        string output = Path.Combine(temp, name);
        var (exit, _, error) = Cli.Run(["analyze", input, "--out", output, "--no-plots", "--format", "json", "--fail-on", "never", .. extra]);
        Assert.True(exit == 0, error);
        JsonObject json = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "findings.json")))!.AsObject();
        json.Remove("input");
        return json;
    }

    private static string[] Codes(JsonNode findings) =>
        [.. findings["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("demo")]
    [InlineData("scenarios/evaluation-flagged")]
    [InlineData("scenarios/samples-flagged")]
    [InlineData("scenarios/system-flagged")]
    public void Analysing_an_export_gives_the_same_findings_as_analysing_the_original(string fixture)
    {
        string input = Repo.Path(["fixtures", .. fixture.Split('/')]);

        JsonNode original = Findings(input, "original");
        JsonNode exported = Findings(Export(input, "export"), "exported");

        Assert.Equal(original.ToJsonString(), exported.ToJsonString());
    }

    [Fact]
    public void A_heavily_downsampled_demo_export_keeps_the_set_of_finding_codes()
    {
        string input = Repo.Path("fixtures", "demo");

        string[] original = Codes(Findings(input, "original"));
        string[] exported = Codes(Findings(Export(input, "export", "--max-points", "40"), "exported"));

        Assert.Equal(original, exported);
    }

    [Fact]
    public void Analyze_with_the_cache_on_an_export_gives_the_same_findings_cold_and_warm()
    {
        string export = Export(Repo.Path("fixtures", "demo"), "export");
        string cache = Path.Combine(temp, "cache");

        JsonNode cold = Findings(export, "cold", "--cache", cache);
        JsonNode warm = Findings(export, "warm", "--cache", cache);

        Assert.Equal(38, Directory.GetFiles(cache, "*.llrc").Length);
        Assert.Equal(cold.ToJsonString(), warm.ToJsonString());
    }

    [Fact]
    public void Export_reports_runs_and_downsampling()
    {
        var (exit, output, error) = Cli.Run("export", Repo.Path("fixtures", "demo"), "--out", Path.Combine(temp, "e"), "--max-points", "20");

        Assert.True(exit == 0, error);
        Assert.Contains("Exported 38 runs", output, StringComparison.Ordinal);
        Assert.Contains("36 series downsampled to at most 20 points", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_a_folder_holding_other_files()
    {
        File.WriteAllText(Path.Combine(temp, "notes.txt"), "mine");

        var (exit, _, error) = Cli.Run("export", Repo.Path("fixtures", "demo"), "--out", temp);

        Assert.Equal((ExitCodes.Usage, true), (exit, error.Contains("notes.txt", StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_refuses_a_point_budget_below_the_minimum()
    {
        var (exit, _, error) = Cli.Run("export", Repo.Path("fixtures", "demo"), "--out", Path.Combine(temp, "e"), "--max-points", "3");

        Assert.Equal((ExitCodes.Usage, true), (exit, error.Contains("--max-points", StringComparison.Ordinal)));
    }
}
