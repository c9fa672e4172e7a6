using System.Text.Json;

namespace LogLens.Cli.Tests.Commands;

/// <summary>--baseline: stable ids, byte-identical re-runs, and a clear usage error for a bad baseline file.</summary>
public sealed class BaselineTests
{
    private static readonly string Noise = Repo.Path("fixtures", "scenarios", "noise-flagged");

    [Fact]
    public void Re_running_on_the_same_logs_gives_the_same_finding_ids()
    {
        Assert.Equal(Ids(Analyze(Noise)), Ids(Analyze(Noise)));
    }

    [Theory]
    [InlineData("findings.json")]
    [InlineData("findings.sarif")]
    [InlineData("report.md")]
    [InlineData("report.html")]
    public void Unchanged_input_gives_byte_identical_output_without_a_baseline(string file)
    {
        string first = Analyze(Noise), second = Analyze(Noise);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Theory]
    [InlineData("findings.json")]
    [InlineData("findings.sarif")]
    [InlineData("report.md")]
    [InlineData("report.html")]
    public void Unchanged_input_gives_byte_identical_output_with_a_baseline(string file)
    {
        string baseline = Path.Combine(Analyze(Noise), "findings.json");
        string first = Analyze(Noise, "--baseline", baseline), second = Analyze(Noise, "--baseline", baseline);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Fact]
    public void Against_its_own_previous_findings_every_finding_persists_and_nothing_is_resolved()
    {
        string baseline = Path.Combine(Analyze(Noise), "findings.json");

        using JsonDocument doc = Findings(Analyze(Noise, "--baseline", baseline));

        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("persisting", f.GetProperty("status").GetString()));
        Assert.Equal(0, doc.RootElement.GetProperty("resolved").GetArrayLength());
    }

    [Fact]
    public void Findings_of_another_sweep_in_the_baseline_are_listed_as_resolved()
    {
        string baseline = Path.Combine(Analyze(Repo.Path("fixtures", "scenarios", "evaluation-flagged")), "findings.json");

        using JsonDocument doc = Findings(Analyze(Noise, "--baseline", baseline));

        Assert.Contains(doc.RootElement.GetProperty("resolved").EnumerateArray(), f => f.GetProperty("code").GetString() == "LL303");
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("new", f.GetProperty("status").GetString()));
    }

    [Fact]
    public void The_summary_counts_the_changes_since_the_baseline()
    {
        string baseline = Path.Combine(Analyze(Noise), "findings.json");

        var (_, output, _) = Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--no-plots", "--baseline", baseline);

        Assert.Contains("Since baseline: 0 new, ", output, StringComparison.Ordinal);
        Assert.Contains(" 0 resolved", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_file_exits_2_and_names_it()
    {
        string missing = Path.Combine(Cli.TempDir(), "nope", "findings.json");

        var (exit, _, error) = Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--no-plots", "--baseline", missing);

        Assert.Equal(2, exit);
        Assert.Contains("baseline not found: " + missing, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "is not valid JSON")]
    [InlineData("{\"schema\": \"something/else\", \"findings\": []}", "is not a LogLens findings.json")]
    public void An_invalid_baseline_file_exits_2_with_a_clear_message(string text, string message)
    {
        string path = Path.Combine(Cli.TempDir(), "findings.json");
        File.WriteAllText(path, text);

        var (exit, _, error) = Cli.Run("analyze", Noise, "--out", Cli.TempDir(), "--no-plots", "--baseline", path);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_baseline_writes_no_report()
    {
        string path = Path.Combine(Cli.TempDir(), "findings.json");
        File.WriteAllText(path, "[]");
        string outDir = Path.Combine(Cli.TempDir(), "out");

        Cli.Run("analyze", Noise, "--out", outDir, "--no-plots", "--baseline", path);

        Assert.False(Directory.Exists(outDir));
    }

    private static string Analyze(string fixture, params string[] more)
    {
        string outDir = Cli.TempDir();
        var (exit, _, error) = Cli.Run(["analyze", fixture, "--out", outDir, "--no-plots", "--fail-on", "never", .. more]);
        Assert.True(exit == 0, error);
        return outDir;
    }

    private static JsonDocument Findings(string outDir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));

    private static List<string> Ids(string outDir)
    {
        using JsonDocument doc = Findings(outDir);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
    }
}
